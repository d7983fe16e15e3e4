package org.cadre.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.cadre.identity.AccessControl;
import org.cadre.identity.ScopeKind;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.FormErrors;
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

/**
 * One account as an administrator sees it: linked person, grants, state, and the actions on it. Refused actions
 * come back as a message on top of the page.
 */
@Controller
@RequestMapping("/admin/accounts/{id}")
@PreAuthorize("hasAuthority('account:manage')")
class AccountController {

    private final AccountStates states;
    private final AccountChanges changes;
    private final GrantChanges grants;
    private final Directories directories;
    private final RoleNames roleNames;
    private final AccessControl access;
    private final Alerts alerts;
    private final Clock clock;

    AccountController(AccountStates states, AccountChanges changes, GrantChanges grants, Directories directories,
                      RoleNames roleNames, AccessControl access, Alerts alerts, Clock clock) {
        this.states = states;
        this.changes = changes;
        this.grants = grants;
        this.directories = directories;
        this.roleNames = roleNames;
        this.access = access;
        this.alerts = alerts;
        this.clock = clock;
    }

    record GrantForm(@NotBlank(message = "{identity.required}") String role,
                     @NotNull(message = "{identity.required}") ScopeKind scope, Long unitId) {
    }

    record PersonForm(@NotBlank(message = "{identity.required}") String person) {
    }

    @GetMapping
    public String show(@PathVariable long id, Model model, Locale locale) {
        return page(id, model, locale);
    }

    @PostMapping("/grants")
    public String addGrant(@PathVariable long id, @Valid @ModelAttribute("grantForm") GrantForm form,
                           BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                grants.add(id, form.role(), form.scope(), form.unitId());
                alerts.done(redirect, "account.grantAddedDone");
                return redirect(id);
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model, locale);
    }

    @PostMapping("/grants/{grantId}/remove")
    public String removeGrant(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        return act(id, redirect, "account.grantRemovedDone", () -> grants.remove(id, grantId));
    }

    @PostMapping("/enable")
    public String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.enabledDone", () -> changes.setEnabled(id, true));
    }

    @PostMapping("/disable")
    public String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.disabledDone", () -> changes.setEnabled(id, false));
    }

    @PostMapping("/lock")
    public String lock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.lockedDone", () -> changes.setLocked(id, true));
    }

    @PostMapping("/unlock")
    public String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.unlockedDone", () -> changes.setLocked(id, false));
    }

    @PostMapping("/clear-block")
    public String clearBlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.blockClearedDone", () -> changes.clearLoginBlock(id));
    }

    /**
     * The temporary password is shown in the answer to the POST itself, not carried over a redirect, so that it
     * never rests in the session store.
     */
    @PostMapping("/reset-password")
    public String resetPassword(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("temporaryPassword", changes.resetPassword(id));
        return page(id, model, locale);
    }

    @PostMapping("/person")
    public String linkPerson(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form,
                             BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                changes.linkPerson(id, form.person());
                alerts.done(redirect, "account.personLinkedDone");
                return redirect(id);
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model, locale);
    }

    @PostMapping("/person/remove")
    public String unlinkPerson(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.personUnlinkedDone", () -> changes.unlinkPerson(id));
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable change) {
        try {
            change.run();
            alerts.done(redirect, doneKey);
        } catch (BusinessRuleException e) {
            alerts.refused(redirect, e);
        }
        return redirect(id);
    }

    private String page(long id, Model model, Locale locale) {
        AccountState account = states.require(id);
        Map<Long, String> unitNames = new HashMap<>();
        account.grants().stream().filter(g -> g.unitId() != null)
                .forEach(g -> unitNames.put(g.unitId(), directories.unitLabel(g.unitId())));
        model.addAttribute("account", account);
        model.addAttribute("person", directories.person(account.personId()).orElse(null));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("roles", roleNames.all(locale));
        model.addAttribute("scopes", ScopeKind.values());
        model.addAttribute("blocked", account.blockedAt(OffsetDateTime.now(clock)));
        model.addAttribute("self", access.requireUser().accountId() == id);
        model.addAttribute("personDirectory", directories.hasPersons());
        model.addAttribute("unitDirectory", directories.hasUnits());
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm(null, ScopeKind.ALL, null));
        }
        if (!model.containsAttribute("personForm")) {
            model.addAttribute("personForm", new PersonForm(null));
        }
        return "identity/account";
    }

    private static String redirect(long id) {
        return "redirect:/admin/accounts/" + id;
    }
}
