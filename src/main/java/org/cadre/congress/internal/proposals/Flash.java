package org.cadre.congress.internal.proposals;

import java.util.Arrays;

import org.cadre.shared.BusinessRuleException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A message shown once on the page after a change (post-redirect-get): notice or failure. */
final class Flash {

    private Flash() {
    }

    static void notice(RedirectAttributes redirect, String key, Object... arguments) {
        put(redirect, "notice", key, arguments);
    }

    static void failure(RedirectAttributes redirect, BusinessRuleException e) {
        put(redirect, "failure", e.messageKey(), e.arguments());
        if (e.field() != null) {
            redirect.addFlashAttribute("failureField", e.field());
        }
    }

    private static void put(RedirectAttributes redirect, String kind, String key, Object... arguments) {
        redirect.addFlashAttribute(kind, key);
        redirect.addFlashAttribute(kind + "Args", Arrays.stream(arguments == null ? new Object[0] : arguments)
                .map(String::valueOf).toArray(String[]::new));
    }
}
