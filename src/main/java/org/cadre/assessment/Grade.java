package org.cadre.assessment;

/** 考核等次: the grade of an assessment result, from best to worst; other modules read it (eligibility, the approval form). */
public enum Grade {
    /** 优秀 */
    EXCELLENT,
    /** 称职 */
    COMPETENT,
    /** 基本称职 */
    BASICALLY_COMPETENT,
    /** 不称职 */
    INCOMPETENT;

    /** Parses a grade by constant, or by its label in either language (imports, forms). */
    public static Grade parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Grade g : values()) {
            if (g.name().equalsIgnoreCase(t)) {
                return g;
            }
        }
        return switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "优秀", "excellent" -> EXCELLENT;
            case "称职", "competent" -> COMPETENT;
            case "基本称职", "basically competent" -> BASICALLY_COMPETENT;
            case "不称职", "incompetent" -> INCOMPETENT;
            default -> null;
        };
    }
}
