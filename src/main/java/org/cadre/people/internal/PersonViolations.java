package org.cadre.people.internal;

import java.util.List;

import org.cadre.shared.BusinessRuleException;

/** A person's data breaks one or more rules; nothing was changed. Carries all of them, to show each at its field. */
class PersonViolations extends BusinessRuleException {

    private final transient List<Violation> violations;

    PersonViolations(List<Violation> violations) {
        super(violations.get(0).messageKey(), violations.get(0).arguments());
        this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
        return violations;
    }
}
