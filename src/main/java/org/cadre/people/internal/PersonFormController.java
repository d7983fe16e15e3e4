package org.cadre.people.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.cadre.identity.AccessControl;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.people.EducationLevel;
import org.cadre.people.Gender;
import org.cadre.people.PersonStatus;
import org.cadre.people.PoliticalAffiliation;
import org.cadre.shared.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing a person, changing their status, moving them to another unit, replacing their photo. */
@Controller
@RequestMapping("/people")
class PersonFormController {

    static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    private final PersonChanges changes;
    private final PersonAccess people;
    private final AccessControl access;
    private final UnitChoices units;
    private final MessageSource messages;

    PersonFormController(PersonChanges changes, PersonAccess people, AccessControl access, UnitChoices units,
                         MessageSource messages) {
        this.changes = changes;
        this.people = people;
        this.access = access;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('people:manage')")
    String newPerson(Model model) {
        model.addAttribute("person", PersonData.blank());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('people:manage')")
    String create(@Valid @ModelAttribute("person") PersonData data, BindingResult bound, Model model) {
        DataScope scope = access.requireScope(Permissions.PEOPLE_MANAGE);
        BindingResult binding = showable(bound, data, model);
        if (binding.hasErrors()) {
            if (data != null) {
                reject(binding, changes.problemsOfNew(data, scope));
            }
            return form(model, null);
        }
        try {
            long id = changes.create(data, scope);
            return "redirect:/people/" + id;
        } catch (PersonViolations e) {
            reject(binding, e.violations());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('people:manage')")
    String edit(@PathVariable long id, Model model) {
        Person person = people.require(id, Permissions.PEOPLE_MANAGE);
        model.addAttribute("person", person.data().withNationalId(null).withUnitAndVersion(null, person.version()));
        return form(model, person);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('people:manage')")
    String update(@PathVariable long id, @Valid @ModelAttribute("person") PersonData data, BindingResult bound,
                  Model model) {
        Person person = people.require(id, Permissions.PEOPLE_MANAGE);
        BindingResult binding = showable(bound, data, model);
        if (binding.hasErrors()) {
            if (data != null) {
                reject(binding, changes.problemsOfEdit(person, data));
            }
            return form(model, person);
        }
        try {
            changes.update(id, data, access.requireScope(Permissions.PEOPLE_MANAGE));
            return "redirect:/people/" + id;
        } catch (PersonViolations e) {
            reject(binding, e.violations());
        } catch (OptimisticLockingFailureException e) {
            binding.reject("people.edit.conflict");
        } catch (BusinessRuleException e) {
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
        return form(model, person);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('people:manage')")
    String changeStatus(@PathVariable long id, @RequestParam PersonStatus status) {
        changes.changeStatus(id, status, access.requireScope(Permissions.PEOPLE_MANAGE));
        return "redirect:/people/" + id;
    }

    @PostMapping("/{id}/unit")
    @PreAuthorize("hasAuthority('people:manage')")
    String move(@PathVariable long id, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveDate,
                RedirectAttributes redirect, Locale locale) {
        try {
            if (unitId == null) {
                throw BusinessRuleException.onField("unitId", "people.field.required");
            }
            changes.move(id, unitId, effectiveDate, access.requireScope(Permissions.PEOPLE_MANAGE));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("moveError",
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/{id}/photo")
    @PreAuthorize("hasAuthority('people:manage')")
    String uploadPhoto(@PathVariable long id, @RequestParam("photo") MultipartFile file, RedirectAttributes redirect,
                       Locale locale) throws IOException {
        people.require(id, Permissions.PEOPLE_MANAGE);
        byte[] content = file.getBytes();
        String type = imageType(content);
        if (content.length > MAX_PHOTO_BYTES || type == null) {
            redirect.addFlashAttribute("photoError", messages.getMessage("people.photo.invalid",
                    new Object[] {MAX_PHOTO_BYTES / 1024 / 1024}, locale));
        } else {
            changes.replacePhoto(id, new PersonRepository.Photo(type, content),
                    access.requireScope(Permissions.PEOPLE_MANAGE));
        }
        return "redirect:/people/" + id;
    }

    /** JPEG or PNG, recognized by their first bytes rather than by what the browser claims. */
    static String imageType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    private String form(Model model, Person person) {
        LocalDate today = people.today();
        model.addAttribute("existing", person);
        if (person == null) {
            model.addAttribute("units", units.within(access.requireScope(Permissions.PEOPLE_MANAGE), today));
        }
        model.addAttribute("genders", Gender.values());
        model.addAttribute("affiliations", PoliticalAffiliation.values());
        model.addAttribute("educations", EducationLevel.values());
        model.addAttribute("degrees", Degree.values());
        model.addAttribute("titleGrades", TitleGrade.values());
        model.addAttribute("today", today);
        return "people/form";
    }

    /**
     * The binding result the form is shown again with: bound to the data even when a value could not be converted
     * (then Spring leaves the result without its object), and with conversion failures in the user's words.
     */
    private static BindingResult showable(BindingResult bound, PersonData data, Model model) {
        if (!bound.hasErrors()) {
            return bound;
        }
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(data, "person");
        bound.getGlobalErrors().forEach(result::addError);
        for (FieldError e : bound.getFieldErrors()) {
            result.addError(e.isBindingFailure()
                    ? new FieldError("person", e.getField(), e.getRejectedValue(), true,
                            new String[] {"people.field.invalid"}, null, "people.field.invalid")
                    : e);
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "person", result);
        return result;
    }

    /** Adds each rule's message to its field, unless the field already shows one. */
    private static void reject(BindingResult binding, List<Violation> violations) {
        for (Violation v : violations) {
            if (binding.getFieldErrorCount(v.field()) == 0) {
                binding.rejectValue(v.field(), v.messageKey(), v.arguments(), v.messageKey());
            }
        }
    }

}
