package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in the reader's language why a recommendation was made: the results it read and the rule, e.g.
 * "2024 优秀 (92.50), 2025 优秀 (91.00), 2026 优秀 (93.20) → 连续3年优秀：优先提拔".
 */
@Component
class Explanations {

    private final MessageSource messages;

    Explanations(MessageSource messages) {
        this.messages = messages;
    }

    String explain(List<YearResult> evidence, Grade grade, int years, Consequence consequence, BigDecimal coefficient,
                   Locale locale) {
        String numbers = String.join(", ", evidence.stream().map(r -> messages.getMessage("assessment.evidence.item",
                new Object[] {String.valueOf(r.year()), grade(r.grade(), locale),
                        r.score() == null ? "—" : r.score().toPlainString()}, locale)).toList());
        return numbers + " → " + rule(grade, years, consequence, coefficient, locale);
    }

    String explain(Recommendation r, Locale locale) {
        return explain(r.evidence(), r.grade(), r.years(), r.consequence(), r.coefficient(), locale);
    }

    String explain(ConsequenceRepository.PersonRecord r, Locale locale) {
        return explain(r.evidence(), r.grade(), r.years(), r.consequence(), r.coefficient(), locale);
    }

    String rule(ConsequenceRule rule, Locale locale) {
        return rule(rule.grade(), rule.years(), rule.consequence(), rule.coefficient(), locale);
    }

    String rule(Grade grade, int years, Consequence consequence, BigDecimal coefficient, Locale locale) {
        String outcome = consequence == Consequence.PAY_COEFFICIENT
                ? messages.getMessage("assessment.rule.text.pay", new Object[] {coefficient.toPlainString()}, locale)
                : messages.getMessage("enum.Consequence." + consequence, null, locale);
        return years <= 1
                ? messages.getMessage("assessment.rule.text.once", new Object[] {grade(grade, locale), outcome}, locale)
                : messages.getMessage("assessment.rule.text.streak", new Object[] {grade(grade, locale),
                String.valueOf(years), outcome}, locale);
    }

    String grade(Grade grade, Locale locale) {
        return grade == null ? "" : messages.getMessage("enum.Grade." + grade, null, locale);
    }
}
