package org.cadre.identity.internal;

import org.cadre.identity.AccessControl;
import org.cadre.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page {@code me}: the signed-in user, so that the header shows only what they may open. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final AccessControl access;

    CurrentUserAdvice(AccessControl access) {
        this.access = access;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return access.currentUser().orElse(null);
    }
}
