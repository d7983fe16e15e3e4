package org.cadre.identity.internal;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadre.identity.AccountAdministration;
import org.cadre.identity.ScopeKind;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Account administration for programs: the same rules and audit as the pages. */
@JsonApi("/api/v1/users")
@Tag(name = "Users", description = "Accounts, their grants and state (permission account:manage)")
@PreAuthorize("hasAuthority('account:manage')")
class UsersApi {

    private final AccountQueries queries;
    private final AccountStates states;
    private final AccountAdministration administration;
    private final AccountChanges changes;
    private final GrantChanges grants;
    private final Directories directories;
    private final UserViews views;
    private final RoleNames roleNames;

    UsersApi(AccountQueries queries, AccountStates states, AccountAdministration administration,
             AccountChanges changes, GrantChanges grants, Directories directories, UserViews views,
             RoleNames roleNames) {
        this.queries = queries;
        this.states = states;
        this.administration = administration;
        this.changes = changes;
        this.grants = grants;
        this.directories = directories;
        this.views = views;
        this.roleNames = roleNames;
    }

    /**
     * @param employeeNo the person to link, by employee number (by person id while no person directory is present)
     * @param personId   or the person's id
     */
    record CreateUserRequest(@NotBlank(message = "{identity.required}") @Size(max = 64, message = "{identity.tooLong}") String username,
                             @NotBlank(message = "{identity.required}") @Size(max = 100, message = "{identity.tooLong}") String displayName,
                             @NotBlank(message = "{identity.required}") String password,
                             String employeeNo, Long personId) {
    }

    record GrantRequest(@NotBlank(message = "{identity.required}") String role,
                        @NotNull(message = "{identity.required}") ScopeKind scope, Long unitId) {
    }

    /** @param person an employee number (a person id while no person directory is present) */
    record PersonRequest(@NotBlank(message = "{identity.required}") String person) {
    }

    /** @param temporaryPassword to give to the person; they must replace it at their next sign-in */
    record TemporaryPassword(String temporaryPassword) {
    }

    @GetMapping
    @Operation(summary = "Accounts, filtered (text in user or display name, role, status) and paged")
    public Page<AccountQueries.Row> list(@ParameterObject AccountQueries.Filter filter,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return queries.search(filter, PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Create an account, optionally linked to a person")
    public ResponseEntity<UserViews.UserView> create(@Valid @RequestBody CreateUserRequest request, Locale locale) {
        Long personId = request.personId() != null ? request.personId()
                : Text.blankToNull(request.employeeNo()) == null ? null : directories.resolvePerson(request.employeeNo(), "employeeNo");
        long id = administration.createAccount(request.username().strip(), request.displayName(), request.password(),
                personId);
        return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(user(id, locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account with its grants")
    public UserViews.UserView get(@PathVariable long id, Locale locale) {
        return user(id, locale);
    }

    @PostMapping("/{id}/grants")
    @Operation(summary = "Grant a role within a scope (ALL, UNIT with unitId, SELF)")
    public ResponseEntity<UserViews.GrantView> addGrant(@PathVariable long id, @Valid @RequestBody GrantRequest request,
                                                        Locale locale) {
        long grantId = grants.add(id, request.role(), request.scope(), request.unitId());
        GrantState grant = states.require(id).grants().stream().filter(g -> g.id() == grantId).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/users/" + id + "/grants/" + grantId))
                .body(views.grant(grant, roleNames.all(locale)));
    }

    @DeleteMapping("/{id}/grants/{grantId}")
    @Operation(summary = "Remove a grant (never the last company-wide SYSTEM_ADMIN)")
    public ResponseEntity<Void> removeGrant(@PathVariable long id, @PathVariable long grantId) {
        grants.remove(id, grantId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/lock")
    @Operation(summary = "Lock the account and end its sessions (not one's own)")
    public UserViews.UserView lock(@PathVariable long id, Locale locale) {
        changes.setLocked(id, true);
        return user(id, locale);
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Unlock the account")
    public UserViews.UserView unlock(@PathVariable long id, Locale locale) {
        changes.setLocked(id, false);
        return user(id, locale);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable the account")
    public UserViews.UserView enable(@PathVariable long id, Locale locale) {
        changes.setEnabled(id, true);
        return user(id, locale);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable the account and end its sessions (not one's own)")
    public UserViews.UserView disable(@PathVariable long id, Locale locale) {
        changes.setEnabled(id, false);
        return user(id, locale);
    }

    @PostMapping("/{id}/clear-block")
    @Operation(summary = "Clear the block that follows too many failed sign-ins")
    public UserViews.UserView clearBlock(@PathVariable long id, Locale locale) {
        changes.clearLoginBlock(id);
        return user(id, locale);
    }

    @PostMapping("/{id}/reset-password")
    @Operation(summary = "Reset the password to a temporary one, returned only in this answer")
    public TemporaryPassword resetPassword(@PathVariable long id) {
        return new TemporaryPassword(changes.resetPassword(id));
    }

    @PutMapping("/{id}/person")
    @Operation(summary = "Link the account to a person")
    public UserViews.UserView linkPerson(@PathVariable long id, @Valid @RequestBody PersonRequest request,
                                         Locale locale) {
        changes.linkPerson(id, request.person());
        return user(id, locale);
    }

    @DeleteMapping("/{id}/person")
    @Operation(summary = "Unlink the account from its person")
    public UserViews.UserView unlinkPerson(@PathVariable long id, Locale locale) {
        changes.unlinkPerson(id);
        return user(id, locale);
    }

    private UserViews.UserView user(long id, Locale locale) {
        return views.user(states.require(id), locale);
    }
}
