package org.cadre.organization.internal;

import org.springframework.ui.Model;

/**
 * How the organization's forms are shown: a whole page, or only the form when htmx loads it into the unit page.
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
}
