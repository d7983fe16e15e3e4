package org.cadre.people.internal;

import java.util.List;
import java.util.Locale;

import org.cadre.people.internal.ImportProblems.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An import's problems in the reader's language: sheet, row, column header and what is wrong. */
@Component
class ImportReport {

    /** @param column the column's header, empty for a problem of the whole row or file */
    public record Line(String sheet, int row, String column, String field, String code, String message) {
    }

    private final MessageSource messages;

    ImportReport(MessageSource messages) {
        this.messages = messages;
    }

    List<Line> lines(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> new Line(messages.getMessage(p.sheet().nameKey(), null, locale), p.row(),
                p.field() == null ? "" : messages.getMessage("people.field." + p.field(), null, p.field(), locale),
                p.field(), p.messageKey(),
                messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale))).toList();
    }
}
