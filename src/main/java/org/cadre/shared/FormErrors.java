package org.cadre.shared;

import java.util.Map;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** A refused change shown on the form that asked for it: next to its field when the form has one, else on top. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, BusinessRuleException e) {
        reject(result, e, Map.of());
    }

    /**
     * @param formFields the form's name of a field where it differs from the rule's (a code typed in the form for
     *                   the id the rule speaks of)
     */
    public static void reject(BindingResult result, BusinessRuleException e, Map<String, String> formFields) {
        String field = e.field() == null ? null : formFields.getOrDefault(e.field(), e.field());
        if (field != null && result.getTarget() != null
                && new BeanWrapperImpl(result.getTarget()).isReadableProperty(field)) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
