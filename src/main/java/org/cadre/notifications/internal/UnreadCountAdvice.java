package org.cadre.notifications.internal;

import org.cadre.identity.AccessControl;
import org.cadre.notifications.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page {@code unreadNotifications}, the count on the bell in the header (null when not signed in). */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

    private final AccessControl access;
    private final Notifications notifications;

    UnreadCountAdvice(AccessControl access, Notifications notifications) {
        this.access = access;
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        return access.currentUser().map(u -> notifications.unreadCount(u.accountId())).orElse(null);
    }
}
