/**
 * Notifications (站内消息): messages to accounts shown behind the bell in the header, on /notifications and under
 * /api/v1/notifications. Owns the table {@code notification_message}.
 * <p>
 * Public API: {@link org.cadre.notifications.Notifications} — {@code send} (idempotent with a dedupe key, so that a
 * daily job on several nodes sends each thing once) and {@code unreadCount}. A notification stores a message key and
 * its arguments and is rendered in the reader's language; an argument written {@code #{key}} is itself a message key.
 * Reading marks it read; nothing is deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared",
        "identity"})
package org.cadre.notifications;
