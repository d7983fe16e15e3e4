package org.cadre.identity.internal;

/** Free text typed into a search box, made safe for {@code ilike … escape '\'}: its % and _ match themselves. */
public final class Like {

    private Like() {
    }

    public static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
