package org.cadre.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cadre.identity.AccessControl;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": who I am and what I may do, my password, my API tokens. Any signed-in person. */
@Controller
@RequestMapping("/account")
class MyAccountController {

    private final OwnAccount own;
    private final ApiTokens tokens;
    private final Directories directories;
    private final RoleNames roleNames;
    private final AccessControl access;
    private final Alerts alerts;
    private final Clock clock;

    MyAccountController(OwnAccount own, ApiTokens tokens, Directories directories, RoleNames roleNames,
                        AccessControl access, Alerts alerts, Clock clock) {
        this.own = own;
        this.tokens = tokens;
        this.directories = directories;
        this.roleNames = roleNames;
        this.access = access;
        this.alerts = alerts;
        this.clock = clock;
    }

    record PasswordForm(@NotBlank(message = "{identity.required}") String currentPassword,
                        @NotBlank(message = "{identity.required}") String newPassword,
                        @NotBlank(message = "{identity.required}") String confirmPassword) {
    }

    record TokenForm(@NotBlank(message = "{identity.required}") @Size(max = 80, message = "{identity.tooLong}") String name,
                     @Min(value = 1, message = "{token.validDays.invalid}")
                     @Max(value = 3650, message = "{token.validDays.invalid}") Integer validDays) {
    }

    @GetMapping
    public String show(Model model, Locale locale) {
        return page(model, locale);
    }

    @PostMapping("/password")
    public String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
                                 HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                own.changePassword(form.currentPassword(), form.newPassword());
                TemporaryPasswordGate.passed(session);
                alerts.done(redirect, "account.passwordChangedDone");
                return "redirect:/account";
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(model, locale);
    }

    /** The new token is shown in the answer to the POST, once; it is never carried over a redirect. */
    @PostMapping("/tokens")
    public String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
                              Locale locale) {
        if (!result.hasErrors()) {
            try {
                model.addAttribute("createdToken",
                        tokens.create(access.requireUser().accountId(), form.name(), form.validDays()));
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(model, locale);
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    public String revokeToken(@PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(access.requireUser().accountId(), tokenId);
        alerts.done(redirect, "token.revokedDone");
        return "redirect:/account";
    }

    private String page(Model model, Locale locale) {
        AccountState account = own.current();
        Map<Long, String> unitNames = new HashMap<>();
        account.grants().stream().filter(g -> g.unitId() != null)
                .forEach(g -> unitNames.put(g.unitId(), directories.unitLabel(g.unitId())));
        model.addAttribute("account", account);
        model.addAttribute("person", directories.person(account.personId()).orElse(null));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("roles", roleNames.all(locale));
        model.addAttribute("tokens", tokens.list(account.id()));
        model.addAttribute("now", OffsetDateTime.now(clock));
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm(null, null, null));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(null, null));
        }
        return "identity/my-account";
    }
}
