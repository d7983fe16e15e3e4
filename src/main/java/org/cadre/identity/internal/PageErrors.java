package org.cadre.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.identity.AccessControl;
import org.cadre.shared.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page of this module asked for something that does not exist: the error page with 404, not a server error. */
@ControllerAdvice(assignableTypes = {AccountsController.class, AccountController.class, RolesController.class,
        AuditController.class, MyAccountController.class})
class PageErrors {

    private final AccessControl access;

    PageErrors(AccessControl access) {
        this.access = access;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("me", access.currentUser().orElse(null));
        model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
        return "error";
    }
}
