package org.cadre.identity.internal;

import org.cadre.shared.BusinessRuleException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** A refused change shown on the form that asked for it: next to its field when the form has one, else on top. */
final class Forms {

    private Forms() {
    }

    static void reject(BindingResult result, BusinessRuleException e) {
        Object form = result.getTarget();
        if (e.field() != null && form != null && new BeanWrapperImpl(form).isReadableProperty(e.field())) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
