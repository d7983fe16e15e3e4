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
     * The items of a list a person typed or pasted (employee numbers, unit codes), separated by white space, commas,
     * semicolons or the Chinese 、; empty items dropped.
     */
    public static java.util.List<String> items(String text) {
        if (text == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(text.split("[\\s,，;；、]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * A pattern for {@code like / ilike … escape '\'} that matches the (trimmed) text anywhere; the text's own
     * {@code %} and {@code _} match themselves, so what the person typed never acts as a wildcard.
     */
    public static String likeContains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
