package org.cadre.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.UnitKind;
import org.cadre.organization.UnitRef;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.FormErrors;
import org.cadre.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that open, rename, move, merge and dissolve units. Units are named by code in the forms; a broken rule
 * comes back next to its field, a success goes back to the unit page.
 */
@Controller
@RequestMapping("/org/units")
class UnitForms {

    private static final Map<String, String> FIELDS = Map.of("parentId", "parentCode", "intoUnitId", "intoCode");

    /** What every change of a unit asks for: the day it takes effect and the document that decided it. */
    public static class ChangeForm {
        @NotNull(message = "{org.validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveDate;
        @Size(max = 100, message = "{org.validation.tooLong}")
        private String documentNo;

        public LocalDate getEffectiveDate() {
            return effectiveDate;
        }

        public void setEffectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
        }

        public String getDocumentNo() {
            return documentNo;
        }

        public void setDocumentNo(String documentNo) {
            this.documentNo = documentNo;
        }
    }

    public static class CreateForm extends ChangeForm {
        @NotBlank(message = "{org.validation.required}")
        @Size(max = 32, message = "{org.validation.tooLong}")
        @Pattern(regexp = "\\s*[A-Za-z0-9._-]*\\s*", message = "{org.unit.code.invalid}")
        private String code;
        @NotBlank(message = "{org.validation.required}")
        @Size(max = 100, message = "{org.validation.tooLong}")
        private String name;
        @NotNull(message = "{org.validation.required}")
        private UnitKind kind;
        private String parentCode;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public UnitKind getKind() {
            return kind;
        }

        public void setKind(UnitKind kind) {
            this.kind = kind;
        }

        public String getParentCode() {
            return parentCode;
        }

        public void setParentCode(String parentCode) {
            this.parentCode = parentCode;
        }
    }

    public static class RenameForm extends ChangeForm {
        @NotBlank(message = "{org.validation.required}")
        @Size(max = 100, message = "{org.validation.tooLong}")
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class MoveForm extends ChangeForm {
        @NotBlank(message = "{org.validation.required}")
        private String parentCode;

        public String getParentCode() {
            return parentCode;
        }

        public void setParentCode(String parentCode) {
            this.parentCode = parentCode;
        }
    }

    public static class MergeForm extends ChangeForm {
        @NotBlank(message = "{org.validation.required}")
        private String intoCode;

        public String getIntoCode() {
            return intoCode;
        }

        public void setIntoCode(String intoCode) {
            this.intoCode = intoCode;
        }
    }

    private final UnitCommands commands;
    private final UnitRepository units;
    private final OrganizationQueries organization;
    private final Scopes scopes;
    private final Clock clock;

    UnitForms(UnitCommands commands, UnitRepository units, OrganizationQueries organization, Scopes scopes,
              Clock clock) {
        this.commands = commands;
        this.units = units;
        this.organization = organization;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('org:manage')")
    String newUnit(@RequestParam(required = false) Long parentId,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        CreateForm form = new CreateForm();
        form.setEffectiveDate(today());
        if (parentId != null) {
            form.setParentCode(organization.findUnit(parentId, today()).map(UnitRef::code).orElse(null));
        }
        model.addAttribute("form", form);
        return createView(htmx != null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('org:manage')")
    String create(@Valid @ModelAttribute("form") CreateForm form, BindingResult result,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            Long parentId = blank(form.getParentCode()) ? null
                    : unitByCode(form.getParentCode(), form.getEffectiveDate(), "parentCode", result);
            if (!result.hasErrors()) {
                try {
                    long id = commands.create(new UnitCommands.Create(form.getCode(), form.getName(), form.getKind(),
                            parentId, form.getEffectiveDate(), form.getDocumentNo()));
                    Flash.put(redirect, "notice", "org.unit.created.notice", form.getName().strip());
                    return "redirect:/org/units/" + id;
                } catch (BusinessRuleException e) {
                    FormErrors.reject(result, e, FIELDS);
                }
            }
        }
        return createView(htmx != null, model);
    }

    @GetMapping("/{id}/rename")
    @PreAuthorize("hasAuthority('org:manage')")
    String renameForm(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                      Model model) {
        UnitVersion unit = changeable(id);
        RenameForm form = dated(new RenameForm());
        form.setName(unit.name());
        model.addAttribute("form", form);
        return changeView(htmx != null, model, unit, "unit-rename", "org.unit.rename.title");
    }

    @PostMapping("/{id}/rename")
    @PreAuthorize("hasAuthority('org:manage')")
    String rename(@PathVariable long id, @Valid @ModelAttribute("form") RenameForm form, BindingResult result,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        return change(id, result, redirect, () -> commands.rename(id, new UnitCommands.Rename(form.getName(),
                        form.getEffectiveDate(), form.getDocumentNo())), "org.unit.renamed.notice",
                () -> changeView(htmx != null, model, known(id), "unit-rename", "org.unit.rename.title"));
    }

    @GetMapping("/{id}/move")
    @PreAuthorize("hasAuthority('org:manage')")
    String moveForm(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                    Model model) {
        UnitVersion unit = changeable(id);
        model.addAttribute("form", dated(new MoveForm()));
        return changeView(htmx != null, model, unit, "unit-move", "org.unit.move.title");
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasAuthority('org:manage')")
    String move(@PathVariable long id, @Valid @ModelAttribute("form") MoveForm form, BindingResult result,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        return change(id, result, redirect, () -> {
            Long parentId = unitByCode(form.getParentCode(), form.getEffectiveDate(), "parentCode", result);
            if (parentId != null) {
                commands.move(id, new UnitCommands.Move(parentId, form.getEffectiveDate(), form.getDocumentNo()));
            }
        }, "org.unit.moved.notice", () -> changeView(htmx != null, model, known(id), "unit-move", "org.unit.move.title"));
    }

    @GetMapping("/{id}/merge")
    @PreAuthorize("hasAuthority('org:manage')")
    String mergeForm(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                     Model model) {
        UnitVersion unit = changeable(id);
        model.addAttribute("form", dated(new MergeForm()));
        return changeView(htmx != null, model, unit, "unit-merge", "org.unit.merge.title");
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasAuthority('org:manage')")
    String merge(@PathVariable long id, @Valid @ModelAttribute("form") MergeForm form, BindingResult result,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                 RedirectAttributes redirect) {
        return change(id, result, redirect, () -> {
            Long intoId = unitByCode(form.getIntoCode(), form.getEffectiveDate(), "intoCode", result);
            if (intoId != null) {
                commands.merge(id, new UnitCommands.Merge(intoId, form.getEffectiveDate(), form.getDocumentNo()));
            }
        }, "org.unit.merged.notice", () -> changeView(htmx != null, model, known(id), "unit-merge", "org.unit.merge.title"));
    }

    @GetMapping("/{id}/dissolve")
    @PreAuthorize("hasAuthority('org:manage')")
    String dissolveForm(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                        Model model) {
        UnitVersion unit = changeable(id);
        model.addAttribute("form", dated(new ChangeForm()));
        return changeView(htmx != null, model, unit, "unit-dissolve", "org.unit.dissolve.title");
    }

    @PostMapping("/{id}/dissolve")
    @PreAuthorize("hasAuthority('org:manage')")
    String dissolve(@PathVariable long id, @Valid @ModelAttribute("form") ChangeForm form, BindingResult result,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                    RedirectAttributes redirect) {
        return change(id, result, redirect, () -> commands.dissolve(id, new UnitCommands.Dissolve(
                        form.getEffectiveDate(), form.getDocumentNo())), "org.unit.dissolved.notice",
                () -> changeView(htmx != null, model, known(id), "unit-dissolve", "org.unit.dissolve.title"));
    }

    /**
     * Runs a change when the form is valid; back to the unit page on success, the form with its errors otherwise.
     * The change may add errors itself (an unknown code) instead of throwing.
     */
    private String change(long id, BindingResult result, RedirectAttributes redirect, Runnable change,
                          String noticeKey, Supplier<String> formView) {
        if (!result.hasErrors()) {
            try {
                change.run();
                if (!result.hasErrors()) {
                    Flash.put(redirect, "notice", noticeKey);
                    return "redirect:/org/units/" + id;
                }
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e, FIELDS);
            }
        }
        return formView.get();
    }

    private String createView(boolean htmx, Model model) {
        model.addAttribute("kinds", UnitKind.values());
        return Forms.view(htmx, model, "unit-create", "org.unit.create.title");
    }

    private String changeView(boolean htmx, Model model, UnitVersion unit, String fragment, String titleKey) {
        model.addAttribute("unit", unit);
        return Forms.view(htmx, model, fragment, titleKey);
    }

    /** The unit's current version, for the form of a change the caller may make; 404 or 403 otherwise. */
    private UnitVersion changeable(long id) {
        UnitVersion unit = known(id);
        scopes.requireUnit(Permissions.ORG_MANAGE, id, today());
        return unit;
    }

    private UnitVersion known(long id) {
        return units.latest(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private Long unitByCode(String code, LocalDate day, String field, BindingResult result) {
        return organization.findUnitByCode(code.strip(), day).map(UnitRef::id).orElseGet(() -> {
            result.rejectValue(field, "org.unit.code.unknown", new Object[] {code.strip(), day.toString()}, null);
            return null;
        });
    }

    private <F extends ChangeForm> F dated(F form) {
        form.setEffectiveDate(today());
        return form;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
