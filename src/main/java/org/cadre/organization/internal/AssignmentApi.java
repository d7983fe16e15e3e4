package org.cadre.organization.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadre.identity.AccessControl;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.AppointmentRequest;
import org.cadre.organization.AssignmentRecord;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.JsonApi;
import org.cadre.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Appointing, ending, transferring, and a person's assignment history. */
@JsonApi("/api/v1")
@Tag(name = "Assignments", description = "People on posts (任职): appointment, concurrent post, transfer, removal")
class AssignmentApi {

    /** @param primary false for a concurrent post (兼职) */
    record Appoint(@NotNull(message = "{org.validation.required}") Long personId,
                   @NotNull(message = "{org.validation.required}") Long postId,
                   @NotNull(message = "{org.validation.required}") Boolean primary,
                   @NotNull(message = "{org.validation.required}") LocalDate effectiveDate,
                   @Size(max = 100, message = "{org.validation.tooLong}") String decisionBody,
                   LocalDate decisionDate,
                   @Size(max = 100, message = "{org.validation.tooLong}") String documentNo,
                   @Size(max = 500, message = "{org.validation.tooLong}") String overCountReason) {

        AppointmentRequest toRequest() {
            return new AppointmentRequest(personId, postId, primary, effectiveDate, decisionBody, decisionDate,
                    documentNo, overCountReason);
        }
    }

    record AssignmentView(long id, long personId, String personName, String employeeNo, long postId,
                          AssignmentKind kind, LocalDate validFrom, LocalDate validTo, String decisionBody,
                          LocalDate decisionDate, String documentNo, EndReason endReason, String endDecisionBody,
                          String endDocumentNo, String overCountReason, String annulReason) {

        static AssignmentView of(UnitReader.Holder h) {
            Assignment a = h.assignment();
            return new AssignmentView(a.id(), a.personId(), h.personName(), h.employeeNo(), a.postId(), a.kind(),
                    a.period().from(), a.period().to(), a.decisionBody(), a.decisionDate(), a.documentNo(),
                    a.endReason(), a.endDecisionBody(), a.endDocumentNo(), a.overCountReason(), a.annulReason());
        }
    }

    private final AppointmentCommands commands;
    private final AssignmentRepository assignments;
    private final UnitReader reader;
    private final OrganizationQueries organization;
    private final People people;
    private final AccessControl access;
    private final Clock clock;

    AssignmentApi(AppointmentCommands commands, AssignmentRepository assignments, UnitReader reader,
                  OrganizationQueries organization, People people, AccessControl access, Clock clock) {
        this.commands = commands;
        this.assignments = assignments;
        this.reader = reader;
        this.organization = organization;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping("/assignments")
    @PreAuthorize("hasAuthority('assignment:manage')")
    @Operation(summary = "Appoint a person to a post (primary or concurrent); beyond the approved count only with a reason")
    ResponseEntity<AssignmentView> appoint(@Valid @RequestBody Appoint request) {
        long id = commands.appoint(request.toRequest());
        return ResponseEntity.created(URI.create("/api/v1/assignments/" + id)).body(view(id));
    }

    @PostMapping("/assignments/{id}/end")
    @PreAuthorize("hasAuthority('assignment:manage')")
    @Operation(summary = "End an open assignment on a date, with the reason and the deciding document")
    AssignmentView end(@PathVariable long id, @Valid @RequestBody AppointmentCommands.End command) {
        commands.end(id, command);
        return view(id);
    }

    /** Why an assignment, or its end, was recorded in error. */
    record Correction(String reason) {
    }

    @PostMapping("/assignments/{id}/annul")
    @PreAuthorize("hasAuthority('assignment:manage')")
    @Operation(summary = "Annul an open assignment recorded in error: it stays in the history, marked annulled with "
            + "the reason, and counts on no day")
    AssignmentView annul(@PathVariable long id, @RequestBody Correction correction) {
        commands.annul(id, correction.reason());
        return view(id);
    }

    @PostMapping("/assignments/{id}/reopen")
    @PreAuthorize("hasAuthority('assignment:manage')")
    @Operation(summary = "Reopen an assignment whose end was recorded in error: held again from its end on, refused "
            + "when the post or the person no longer allows it")
    AssignmentView reopen(@PathVariable long id, @RequestBody Correction correction) {
        commands.reopen(id, correction.reason());
        return view(id);
    }

    @PostMapping("/assignments/transfer")
    @PreAuthorize("hasAuthority('assignment:manage')")
    @Operation(summary = "Transfer a person: end the primary post and appoint to another, all or nothing")
    ResponseEntity<AssignmentView> transfer(@Valid @RequestBody AppointmentCommands.Transfer command) {
        long id = commands.transfer(command);
        return ResponseEntity.created(URI.create("/api/v1/assignments/" + id)).body(view(id));
    }

    @GetMapping("/people/{personId}/assignments")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(summary = "A person's assignment history (任职经历), newest first")
    List<AssignmentRecord> personHistory(@PathVariable long personId) {
        if (!mayRead(personId, access.requireScope(Permissions.PEOPLE_READ))) {
            throw new NotFoundException("person", personId);
        }
        return organization.assignmentHistory(personId);
    }

    /** Oneself, or a person whose home unit lies in the scope; a person outside it is not found. */
    private boolean mayRead(long personId, DataScope scope) {
        if (Objects.equals(scope.selfPersonId(), personId)) {
            return true;
        }
        if (!people.known()) {
            return scope.all();
        }
        return people.byId(personId)
                .map(person -> organization.isWithin(person.unitId(), scope, LocalDate.now(clock))).orElse(false);
    }

    private AssignmentView view(long id) {
        return AssignmentView.of(reader.named(List.of(assignments.find(id).orElseThrow())).get(0));
    }
}
