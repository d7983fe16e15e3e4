package org.cadre.cadres.internal.file;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** The labels of the approval form in one language, and its dates as the form writes them. */
record FormLabels(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage("cadres.file.form." + key, args, locale);
    }

    String field(String name) {
        return messages.getMessage("cadres.file.field." + name, null, locale);
    }

    static String month(LocalDate day) {
        return Section.Dates.month(day);
    }

    String birth(FormData form) {
        return form.birthDate() == null ? "" : month(form.birthDate()) + "\n" + get("age", form.age());
    }

    static String day(LocalDate day) {
        return day == null ? "" : "%04d.%02d.%02d".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
