package org.cadre.assessment.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** A quota category reads as the unit kind it names (in the reader's language), or as the name given to it. */
final class CategoryLabels {

    private CategoryLabels() {
    }

    static String label(String category, MessageSource messages, Locale locale) {
        if (category == null || category.isEmpty()) {
            return "";
        }
        return messages.getMessage("enum.UnitKind." + category, null, category, locale);
    }
}
