package org.cadre.identity.internal;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cadre.identity.AccountAdministration;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.FormErrors;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' list of accounts, and creating one. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAuthority('account:manage')")
class AccountsController {

    private final AccountQueries queries;
    private final AccountAdministration administration;
    private final Directories directories;
    private final RoleNames roleNames;
    private final Alerts alerts;

    AccountsController(AccountQueries queries, AccountAdministration administration, Directories directories,
                       RoleNames roleNames, Alerts alerts) {
        this.queries = queries;
        this.administration = administration;
        this.directories = directories;
        this.roleNames = roleNames;
        this.alerts = alerts;
    }

    /** @param person an employee number, or a person id when no person directory is present */
    record NewAccountForm(@NotBlank(message = "{identity.required}") @Size(max = 64, message = "{identity.tooLong}") String username,
                         @NotBlank(message = "{identity.required}") @Size(max = 100, message = "{identity.tooLong}") String displayName,
                         @NotBlank(message = "{identity.required}") String password,
                         String person) {
    }

    @GetMapping
    public String list(@ModelAttribute("filter") AccountQueries.Filter filter,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestHeader(value = "HX-Request", required = false) String htmx,
                       Model model, Locale locale) {
        model.addAttribute("accounts", queries.search(filter, new PageRequest(page, 20)));
        model.addAttribute("roles", roleNames.all(locale));
        model.addAttribute("statuses", AccountStatus.values());
        return htmx != null ? "identity/partials/account-results :: results" : "identity/accounts";
    }

    @GetMapping("/new")
    public String newAccount(Model model) {
        model.addAttribute("form", new NewAccountForm("", "", "", ""));
        return form(model);
    }

    @PostMapping
    public String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            Long personId = Text.blankToNull(form.person()) == null ? null : directories.resolvePerson(form.person(), "person");
            long id = administration.createAccount(form.username().strip(), form.displayName(), form.password(),
                    personId);
            alerts.done(redirect, "account.createdDone", form.username().strip());
            return "redirect:/admin/accounts/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(result, e);
            return form(model);
        }
    }

    /** Units whose name or code contains the text, for the unit picker of a grant (htmx). */
    @GetMapping("/units")
    public String units(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("units", directories.searchUnits(q, 20));
        return "identity/partials/unit-options :: options";
    }

    private String form(Model model) {
        model.addAttribute("personDirectory", directories.hasPersons());
        return "identity/account-new";
    }
}
