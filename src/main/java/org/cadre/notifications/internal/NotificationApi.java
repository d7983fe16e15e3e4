package org.cadre.notifications.internal;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.identity.AccessControl;
import org.cadre.notifications.Notifications;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in account's notifications over JSON. */
@JsonApi("/api/v1/notifications")
@Tag(name = "Notifications", description = "In-app notifications (站内消息) of the signed-in account")
class NotificationApi {

    record UnreadCount(long unread) {
    }

    record Marked(int marked) {
    }

    private final Inbox inbox;
    private final Notifications notifications;
    private final AccessControl access;

    NotificationApi(Inbox inbox, Notifications notifications, AccessControl access) {
        this.inbox = inbox;
        this.notifications = notifications;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "My notifications, newest first, rendered in the request's language; unread=true for the unread only")
    Page<Inbox.Notification> list(@RequestParam(defaultValue = "false") boolean unread,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size, Locale locale) {
        return inbox.page(unread, PageRequest.of(page, size), locale);
    }

    @GetMapping("/unread-count")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "How many of my notifications are unread")
    UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(access.requireUser().accountId()));
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Mark one of my notifications read")
    Marked read(@PathVariable long id) {
        inbox.markRead(id);
        return new Marked(1);
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Mark all my notifications read")
    Marked readAll() {
        return new Marked(inbox.markAllRead());
    }
}
