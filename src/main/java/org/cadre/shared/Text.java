package org.cadre.shared;

/** Text as a person typed it into a form or a search box, made ready for records and queries. */
public final class Text {

    private Text() {
    }

    /** Trimmed; null when blank, since blank text means "not given". */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A pattern for {@code like / ilike … escape '\'} that matches the (trimmed) text anywhere; the text's own
     * {@code %} and {@code _} match themselves, so what the person typed never acts as a wildcard.
     */
    public static String likeContains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
