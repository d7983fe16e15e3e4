package org.cadre.identity.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, with the reason a sign-in failed: a wrong password, a locked or blocked account, a disabled one. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object error = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (error != null) {
            String message = "login.failed";
            if (error instanceof LockedException) {
                message = "login.locked";
            } else if (error instanceof DisabledException) {
                message = "login.disabled";
            }
            model.addAttribute("loginError", message);
        }
        return "identity/login";
    }
}
