package org.cadre.identity.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.cadre.shared.JsonApi;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Roles and their permissions, for programs; a company has a few dozen roles at most, so the list is not paged. */
@JsonApi("/api/v1/roles")
@Tag(name = "Roles", description = "Roles made of permissions (permission account:manage)")
@PreAuthorize("hasAuthority('account:manage')")
class RolesApi {

    private final RoleAdministration roles;

    RolesApi(RoleAdministration roles) {
        this.roles = roles;
    }

    record CreateRoleRequest(@NotBlank(message = "{identity.required}") String code,
                             @NotBlank(message = "{identity.required}") String nameZh,
                             @NotBlank(message = "{identity.required}") String nameEn,
                             Set<String> permissions) {
    }

    /** @param version the version read, so that a change made meanwhile by someone else is not overwritten */
    record UpdateRoleRequest(@NotBlank(message = "{identity.required}") String nameZh,
                             @NotBlank(message = "{identity.required}") String nameEn,
                             Set<String> permissions,
                             @NotNull(message = "{identity.required}") Integer version) {
    }

    @GetMapping
    @Operation(summary = "Every role with its permissions and the number of accounts holding it")
    public List<RoleAdministration.Role> list() {
        return roles.list();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One role")
    public RoleAdministration.Role get(@PathVariable String code) {
        return roles.find(code);
    }

    @PostMapping
    @Operation(summary = "Create a custom role")
    public ResponseEntity<RoleAdministration.Role> create(@Valid @RequestBody CreateRoleRequest request) {
        roles.create(request.code(), request.nameZh(), request.nameEn(), orEmpty(request.permissions()));
        return ResponseEntity.created(URI.create("/api/v1/roles/" + request.code())).body(roles.find(request.code()));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a role's names and permissions")
    public RoleAdministration.Role update(@PathVariable String code, @Valid @RequestBody UpdateRoleRequest request) {
        roles.update(code, request.nameZh(), request.nameEn(), orEmpty(request.permissions()), request.version());
        return roles.find(code);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Delete a custom role that nobody holds")
    public ResponseEntity<Void> delete(@PathVariable String code) {
        roles.delete(code);
        return ResponseEntity.noContent().build();
    }

    private static Set<String> orEmpty(Set<String> permissions) {
        return permissions == null ? Set.of() : permissions;
    }
}
