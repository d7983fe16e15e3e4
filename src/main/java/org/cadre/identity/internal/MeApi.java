package org.cadre.identity.internal;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cadre.identity.AccessControl;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.internal.ApiTokens.TokenView;
import org.cadre.shared.JsonApi;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The caller's own account: who am I, my API tokens, my password. */
@JsonApi("/api/v1/me")
@Tag(name = "My account", description = "The account of the caller, its grants and API tokens")
@PreAuthorize("isAuthenticated()")
class MeApi {

    private final OwnAccount own;
    private final ApiTokens tokens;
    private final UserViews views;
    private final AccessControl access;

    MeApi(OwnAccount own, ApiTokens tokens, UserViews views, AccessControl access) {
        this.own = own;
        this.tokens = tokens;
        this.views = views;
        this.access = access;
    }

    /** @param permissions every permission the caller holds in some scope */
    record Me(UserViews.UserView account, List<String> permissions) {
    }

    record TokenRequest(@NotBlank(message = "{identity.required}") @Size(max = 80, message = "{identity.tooLong}") String name,
                        @Min(value = 1, message = "{token.validDays.invalid}")
                        @Max(value = 3650, message = "{token.validDays.invalid}") Integer validDays) {
    }

    /** @param token the secret, shown this once and never again */
    record CreatedToken(long id, String name, String token, OffsetDateTime expiresAt) {
    }

    record PasswordRequest(@NotBlank(message = "{identity.required}") String currentPassword,
                           @NotBlank(message = "{identity.required}") String newPassword) {
    }

    @GetMapping
    @Operation(summary = "Who am I: my account, linked person, grants and permissions")
    public Me me(Locale locale) {
        CurrentUser user = access.requireUser();
        return new Me(views.user(own.current(), locale),
                user.getAuthorities().stream().map(a -> a.getAuthority()).sorted().toList());
    }

    @GetMapping("/tokens")
    @Operation(summary = "My API tokens (never the secrets)")
    public List<TokenView> tokens() {
        return tokens.list(access.requireUser().accountId());
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create an API token; the answer holds the secret, shown only this once")
    public ResponseEntity<CreatedToken> createToken(@Valid @RequestBody TokenRequest request) {
        ApiTokens.CreatedToken created = tokens.create(access.requireUser().accountId(), request.name(),
                request.validDays());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.id()))
                .body(new CreatedToken(created.id(), request.name().strip(), created.token(), created.expiresAt()));
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    public ResponseEntity<Void> revokeToken(@PathVariable long id) {
        tokens.revoke(access.requireUser().accountId(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password")
    @Operation(summary = "Change my password (the current one is required)")
    public ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordRequest request) {
        own.changePassword(request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
