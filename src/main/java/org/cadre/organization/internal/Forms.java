package org.cadre.organization.internal;

import java.util.Arrays;
import java.util.Map;

import org.cadre.shared.BusinessRuleException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the organization's forms are shown: a whole page, or only the form when htmx loads it into the unit page;
 * and how a broken rule comes back next to the field it concerns.
 */
final class Forms {

    private Forms() {
    }

    /**
     * @param fragment   the form's template under {@code organization/partials/}, holding a fragment {@code formPanel}
     * @param titleKey   the message key of the page's title
     */
    static String view(boolean htmx, Model model, String fragment, String titleKey) {
        String template = "organization/partials/" + fragment;
        if (htmx) {
            return template + " :: formPanel";
        }
        model.addAttribute("formTemplate", template);
        model.addAttribute("formTitle", titleKey);
        return "organization/form";
    }

    /**
     * Puts the rule's message on the form field it names (renamed where the form asks for a code instead of an
     * id), or above the form when the form has no such field.
     */
    static void reject(BindingResult result, BusinessRuleException e, Map<String, String> formFields) {
        String field = e.field() == null ? null : formFields.getOrDefault(e.field(), e.field());
        if (field != null && result.getTarget() != null
                && new BeanWrapperImpl(result.getTarget()).isReadableProperty(field)) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    /** A message shown once on the next page: {@code kind} is notice, warning or failure. */
    static void flash(RedirectAttributes redirect, String kind, String key, Object... arguments) {
        redirect.addFlashAttribute(kind, key);
        redirect.addFlashAttribute(kind + "Args", Arrays.stream(arguments).map(String::valueOf)
                .toArray(String[]::new));
    }
}
