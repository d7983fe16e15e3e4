package org.cadre.shared;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once on the page after a change (post-redirect-get): {@code notice}, {@code warning} or
 * {@code failure}, as a message key with its arguments ({@code <kind>Args}); a refusal also names its field
 * ({@code failureField}). The pages' flash fragments read them with {@code #messages.msgWithParams}.
 */
public final class Flash {

    private Flash() {
    }

    public static void notice(RedirectAttributes redirect, String key, Object... arguments) {
        put(redirect, "notice", key, arguments);
    }

    public static void failure(RedirectAttributes redirect, BusinessRuleException e) {
        put(redirect, "failure", e.messageKey(), e.arguments());
        if (e.field() != null) {
            redirect.addFlashAttribute("failureField", e.field());
        }
    }

    /** A message of any kind: notice, warning or failure. */
    public static void put(RedirectAttributes redirect, String kind, String key, Object... arguments) {
        redirect.addFlashAttribute(kind, key);
        // a message inside the message (a state's or kind's label) stays one, to be read in the reader's language
        redirect.addFlashAttribute(kind + "Args", Arrays.stream(arguments == null ? new Object[0] : arguments)
                .map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a)).toArray());
    }
}
