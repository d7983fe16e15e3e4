package org.cadre.cadres.internal.tenure;

import java.util.Arrays;

import org.cadre.shared.BusinessRuleException;
import org.springframework.context.MessageSourceResolvable;
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
    }

    private static void put(RedirectAttributes redirect, String kind, String key, Object... arguments) {
        redirect.addFlashAttribute(kind, key);
        // a message inside the message (a kind's label) stays one, to be read in the reader's language
        redirect.addFlashAttribute(kind + "Args", Arrays.stream(arguments == null ? new Object[0] : arguments)
                .map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a)).toArray());
    }
}
