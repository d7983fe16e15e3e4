package org.cadre.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cadre.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Someone who signs in with a temporary password (given by an administrator, or generated for the first
 * administrator) is sent to "My account" and kept there until they choose their own password.
 */
class TemporaryPasswordGate implements HandlerInterceptor {

    static final String MUST_CHANGE = "cadre.passwordMustChange";

    static void passed(HttpSession session) {
        if (session != null) {
            session.removeAttribute(MUST_CHANGE);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(MUST_CHANGE) == null) {
            return true;
        }
        // only the page and the form to choose a password: not even an API token before that
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/account") || path.equals("/account/password") || path.equals("/error")) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + "/account");
        return false;
    }

    /** After a successful form sign-in: to the page asked for, or to "My account" when the password is temporary. */
    static class SuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

        private final JdbcClient jdbc;

        SuccessHandler(JdbcClient jdbc) {
            this.jdbc = jdbc;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof CurrentUser user && temporary(user.accountId())) {
                request.getSession().setAttribute(MUST_CHANGE, Boolean.TRUE);
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, "/account");
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }

        private boolean temporary(long accountId) {
            return jdbc.sql("select password_temporary from identity_account where id = ?").param(accountId)
                    .query(Boolean.class).optional().orElse(false);
        }
    }
}
