package org.cadre.identity.internal;

import org.cadre.shared.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown on top of the next page after a change: done, or refused and why (in the reader's language). */
@Component
class Alerts {

    private final MessageSource messages;

    Alerts(MessageSource messages) {
        this.messages = messages;
    }

    void done(RedirectAttributes redirect, String messageKey, Object... args) {
        redirect.addFlashAttribute("alertSuccess", text(messageKey, args));
    }

    void refused(RedirectAttributes redirect, BusinessRuleException e) {
        redirect.addFlashAttribute("alertError", text(e.messageKey(), e.arguments()));
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
