package org.cadre.identity;

import java.util.List;

/**
 * Paths that a module opens to people who are not signed in, such as the voting page a delegate reaches by scanning
 * the QR code on a slip. Every other path needs a signed-in user or an API token.
 */
public interface PublicEndpoints {

    /** Path patterns (e.g. {@code /vote/**}) anyone may request. */
    List<String> paths();

    /**
     * Of those, the ones that accept a POST without a CSRF token because the request carries its own credential
     * (a one-time code) and no cookie authenticates it.
     */
    default List<String> withoutCsrf() {
        return List.of();
    }
}
