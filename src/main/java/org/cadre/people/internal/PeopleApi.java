package org.cadre.people.internal;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.PersonStatus;
import org.cadre.people.PersonStatusHistory;
import org.cadre.people.RosterFilter;
import org.cadre.people.RosterQuery;
import org.cadre.people.RosterRow;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The roster and people over JSON: the same filters, scope checks, rules and audit as the pages. */
@JsonApi("/api/v1/people")
@Tag(name = "People", description = "The personnel roster: search, profiles, changes, Excel import and export")
class PeopleApi {

    private final RosterQuery roster;
    private final RosterExport export;
    private final PersonAccess people;
    private final PersonChanges changes;
    private final PeopleImport imports;
    private final ImportReport report;
    private final AccessControl access;
    private final OrganizationQueries organization;
    private final AuditLog audit;
    private final MessageSource messages;
    private final PersonStatusHistory statusHistory;

    PeopleApi(RosterQuery roster, RosterExport export, PersonAccess people, PersonChanges changes,
              PeopleImport imports, ImportReport report, AccessControl access, OrganizationQueries organization,
              AuditLog audit, MessageSource messages, PersonStatusHistory statusHistory) {
        this.roster = roster;
        this.export = export;
        this.people = people;
        this.changes = changes;
        this.imports = imports;
        this.report = report;
        this.access = access;
        this.organization = organization;
        this.audit = audit;
        this.messages = messages;
        this.statusHistory = statusHistory;
    }

    record StatusChange(@NotNull PersonStatus status) {
    }

    /** @param effectiveDate the first day in the new unit */
    record Move(@NotNull Long unitId, @NotNull LocalDate effectiveDate) {
    }

    record ImportResult(int created, int updated, int unchanged, int appointed) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(summary = "The roster on a date, filtered, sorted and paged, within the caller's data scope")
    Page<RosterRow> roster(@Valid @ParameterObject RosterParams params) {
        DataScope scope = access.requireScope(Permissions.PEOPLE_READ);
        return roster.page(params.toFilter(people.today()), scope, params.pageRequest());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(summary = "A person; the national ID is masked unless the caller holds people:national-id "
            + "(then every read is audited)")
    PersonView get(@PathVariable long id) {
        return view(people.require(id, Permissions.PEOPLE_READ), true);
    }

    @GetMapping("/{id}/status-history")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(summary = "A person's status changes (from, to, effective date, reason, who recorded it), the latest "
            + "effective first; 404 for a person beyond the caller's data scope")
    List<PersonStatusHistory.StatusChange> statusHistory(@PathVariable long id) {
        people.require(id, Permissions.PEOPLE_READ);
        return statusHistory.of(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(summary = "Create a person in the unit unitId, a member of it from the company join date (or today)")
    ResponseEntity<PersonView> create(@Valid @RequestBody PersonData data) {
        long id = changes.create(data, access.requireScope(Permissions.PEOPLE_MANAGE));
        return ResponseEntity.created(URI.create("/api/v1/people/" + id))
                .body(view(people.written(id), false));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(summary = "Replace a person's fields; send the version you read (409 when someone changed it since); "
            + "an absent nationalId keeps the stored one")
    PersonView update(@PathVariable long id, @Valid @RequestBody PersonData data) {
        changes.update(id, data, access.requireScope(Permissions.PEOPLE_MANAGE));
        return view(people.written(id), false);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(summary = "Change a person's status: ACTIVE, RETIRED, LEFT or SECONDED")
    PersonView changeStatus(@PathVariable long id, @Valid @RequestBody StatusChange body) {
        changes.changeStatus(id, body.status(), access.requireScope(Permissions.PEOPLE_MANAGE));
        return view(people.written(id), false);
    }

    @PostMapping("/{id}/unit")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(summary = "Move a person to another home unit from an effective date (the membership history grows)")
    PersonView move(@PathVariable long id, @Valid @RequestBody Move body) {
        changes.move(id, body.unitId(), body.effectiveDate(), access.requireScope(Permissions.PEOPLE_MANAGE));
        return view(people.written(id), false);
    }

    @GetMapping(path = "/export.xlsx", produces = RosterExport.CONTENT_TYPE)
    @PreAuthorize("hasAuthority('people:export')")
    @Operation(summary = "The filtered roster as an Excel file (same filters as the list), streamed")
    void export(@Valid @ParameterObject RosterParams params, Locale locale, HttpServletResponse response)
            throws IOException {
        DataScope scope = access.requireScope(Permissions.PEOPLE_EXPORT);
        RosterFilter filter = params.toFilter(people.today());
        export.write(filter, scope, locale, response, params.filterUrl("/api/v1/people"));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('people:import')")
    @Operation(summary = "Import people and assignments from the template; all rows or none. 422 lists every "
            + "problem with its sheet, row and column")
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
        if (file.getSize() > PeopleImport.MAX_BYTES) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage("people.import.tooLarge", new Object[] {PeopleImport.MAX_BYTES / 1024 / 1024},
                            locale));
            problem.setProperty("code", "people.import.tooLarge");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        PeopleImport.Outcome outcome = ImportController.run(imports, file, access, locale);
        if (outcome.succeeded()) {
            return ResponseEntity.ok(new ImportResult(outcome.created(), outcome.updated(), outcome.unchanged(),
                    outcome.appointed()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("people.import.rejected", new Object[] {outcome.problemCount()}, locale));
        problem.setType(URI.create("https://cadre.example/problems/import-rejected"));
        problem.setProperty("code", "people.import.rejected");
        problem.setProperty("errorCount", outcome.problemCount());
        problem.setProperty("errors", report.lines(outcome.problems(), locale));
        return ResponseEntity.unprocessableContent().body(problem);
    }

    /** Every rule a person's data breaks, each with its field. */
    @ExceptionHandler(PersonViolations.class)
    ProblemDetail violations(PersonViolations e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        problem.setType(URI.create("https://cadre.example/problems/rule-violated"));
        problem.setProperty("code", e.messageKey());
        problem.setProperty("field", e.violations().get(0).field());
        List<Map<String, String>> errors = e.violations().stream().map(v -> Map.of("field", v.field(),
                "code", v.messageKey(),
                "message", messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale))).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /** @param readRequest a GET, where a holder of people:national-id sees (and is audited seeing) the full number */
    private PersonView view(Person person, boolean readRequest) {
        boolean reveal = people.reaches(Permissions.PEOPLE_NATIONAL_ID, person) && person.data().nationalId() != null;
        if (reveal && readRequest) {
            audit.record("person.nationalId.viewed", "person", person.id(), person.data().employeeNo() + " (API)",
                    null, Map.of("nationalId", person.maskedNationalId()));
        }
        LocalDate today = people.today();
        String unitName = organization.unitNames(List.of(person.unitId()), today).get(person.unitId());
        return PersonView.of(person, reveal && readRequest, unitName, today);
    }
}
