package org.cadre.organization.internal;

import java.util.Arrays;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the organization's forms are shown: a whole page, or only the form when htmx loads it into the unit page;
 * and the message shown once on the page after a change.
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

    /** A message shown once on the next page: {@code kind} is notice, warning or failure. */
    static void flash(RedirectAttributes redirect, String kind, String key, Object... arguments) {
        redirect.addFlashAttribute(kind, key);
        redirect.addFlashAttribute(kind + "Args", Arrays.stream(arguments).map(String::valueOf)
                .toArray(String[]::new));
    }
}
