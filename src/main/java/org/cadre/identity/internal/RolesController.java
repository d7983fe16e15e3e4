package org.cadre.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.cadre.identity.Permissions;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Roles with their permissions: the list, a new custom role, editing and deleting one. */
@Controller
@RequestMapping("/admin/roles")
@PreAuthorize("hasAuthority('account:manage')")
class RolesController {

    private final RoleAdministration roles;
    private final Alerts alerts;

    RolesController(RoleAdministration roles, Alerts alerts) {
        this.roles = roles;
        this.alerts = alerts;
    }

    /** The role being created or edited; {@code version} guards against two administrators editing at once. */
    record RoleForm(String code,
                    @NotBlank(message = "{identity.required}") String nameZh,
                    @NotBlank(message = "{identity.required}") String nameEn,
                    List<String> permissions, Integer version) {

        Set<String> permissionSet() {
            return permissions == null ? Set.of() : new TreeSet<>(permissions);
        }
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("roles", roles.list());
        return "identity/roles";
    }

    @GetMapping("/new")
    public String newRole(Model model) {
        model.addAttribute("form", new RoleForm("", "", "", List.of(), null));
        return form(model, null);
    }

    @PostMapping
    public String create(@Valid @ModelAttribute("form") RoleForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                roles.create(form.code() == null ? null : form.code().strip(), form.nameZh(), form.nameEn(),
                        form.permissionSet());
                alerts.done(redirect, "role.createdDone", form.code().strip());
                return "redirect:/admin/roles";
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{code}")
    public String edit(@PathVariable String code, Model model) {
        RoleAdministration.Role role = roles.find(code);
        model.addAttribute("form", new RoleForm(role.code(), role.nameZh(), role.nameEn(), role.permissions(),
                role.version()));
        return form(model, role);
    }

    @PostMapping("/{code}")
    public String update(@PathVariable String code, @Valid @ModelAttribute("form") RoleForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        RoleAdministration.Role role = roles.find(code);
        if (!result.hasErrors()) {
            try {
                roles.update(code, form.nameZh(), form.nameEn(), form.permissionSet(),
                        form.version() == null ? -1 : form.version());
                alerts.done(redirect, "role.updatedDone", code);
                return "redirect:/admin/roles";
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            } catch (OptimisticLockingFailureException e) {
                result.reject("error.conflict");
            }
        }
        return form(model, role);
    }

    @PostMapping("/{code}/delete")
    public String delete(@PathVariable String code, RedirectAttributes redirect) {
        try {
            roles.delete(code);
            alerts.done(redirect, "role.deletedDone", code);
            return "redirect:/admin/roles";
        } catch (BusinessRuleException e) {
            alerts.refused(redirect, e);
            return "redirect:/admin/roles/" + code;
        }
    }

    private String form(Model model, RoleAdministration.Role role) {
        model.addAttribute("role", role);
        model.addAttribute("allPermissions", Permissions.ALL);
        return "identity/role";
    }
}
