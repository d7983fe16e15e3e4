package org.cadre.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cadre.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Someone who signs in with a temporary password (given by an administrator, or generated for the first
 * administrator) is sent to "My account" and kept there until they choose their own password; the API refuses
 * them meanwhile ({@link ForApi}).
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

    static boolean temporary(JdbcClient jdbc, long accountId) {
        return jdbc.sql("select password_temporary from identity_account where id = ?").param(accountId)
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * The same gate on the API, answered 403 with problem details rather than redirected: a browser session with a
     * temporary password could otherwise use the API (create itself a token, say) before choosing its own; and a
     * token of an account whose password an administrator has since reset waits for the holder to choose one too.
     */
    static class ForApi extends OncePerRequestFilter {

        private final JdbcClient jdbc;
        private final ApiProblems problems;

        ForApi(JdbcClient jdbc, ApiProblems problems) {
            this.jdbc = jdbc;
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (mustChange(request)) {
                problems.passwordMustChange(request, response);
                return;
            }
            chain.doFilter(request, response);
        }

        private boolean mustChange(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(MUST_CHANGE) != null) {
                return true;
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return ApiTokenAuthenticationFilter.hasBearerToken(request) && authentication != null
                    && authentication.getPrincipal() instanceof CurrentUser user && temporary(jdbc, user.accountId());
        }
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
            if (authentication.getPrincipal() instanceof CurrentUser user && temporary(jdbc, user.accountId())) {
                request.getSession().setAttribute(MUST_CHANGE, Boolean.TRUE);
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, "/account");
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
