package org.cadre.cadres.internal.tenure;

import org.cadre.cadres.internal.SelectionEvents;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A selection that appoints a candidate: the ledger gets its event (PROMOTION for a promotion, TRANSFER when the
 * person held a primary post elsewhere before, else APPOINTMENT) and the new assignment its term of office. A
 * probation that ends in removal (试用期不合格 → 免职) is recorded as a REMOVAL and ends the term on that post. Runs
 * inside the selection step's transaction, which has already created or ended the assignment: no assignment is
 * changed here.
 */
@Component
class SelectionFollower {

    /** The reason of the ledger's removal event when a probation ends in removal. */
    static final String PROBATION_FAILED = "试用期考核不合格，予以免职";

    private final DeploymentRepository events;
    private final TermRepository terms;
    private final DeploymentCommands commands;
    private final OrganizationQueries organization;
    private final PersonLookup people;
    private final TenureAccess access;
    private final org.cadre.identity.AuditLog audit;

    SelectionFollower(DeploymentRepository events, TermRepository terms, DeploymentCommands commands,
                      OrganizationQueries organization, PersonLookup people, TenureAccess access,
                      org.cadre.identity.AuditLog audit) {
        this.events = events;
        this.terms = terms;
        this.commands = commands;
        this.organization = organization;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    @EventListener
    void on(SelectionEvents.CandidateAppointed appointed) {
        if (events.existsForSelection(appointed.selectionId(), appointed.personId())) {
            return;
        }
        PersonLookup.PersonSummary person = people.findById(appointed.personId()).orElse(null);
        if (person == null) {
            return;
        }
        var history = organization.assignmentHistory(appointed.personId());
        var assignment = history.stream().filter(a -> a.id() == appointed.assignmentId()).findFirst().orElse(null);
        if (assignment == null) {
            return;
        }
        // the primary post the person left for this one, if any: a transfer
        var previous = history.stream().filter(a -> a.id() != appointed.assignmentId() && "PRIMARY".equals(a.kind())
                && a.validTo() != null && a.validTo().equals(appointed.effectiveDate())).findFirst();
        DeploymentKind kind = appointed.promotion() ? DeploymentKind.PROMOTION
                : !"PRIMARY".equals(assignment.kind()) ? DeploymentKind.CONCURRENT_POST
                : previous.isPresent() ? DeploymentKind.TRANSFER : DeploymentKind.APPOINTMENT;
        DeploymentEvent event = new DeploymentEvent(0, kind, person.id(), person.name(), person.employeeNo(),
                assignment.unitId(), appointed.effectiveDate(), previous.map(a -> a.id()).orElse(null),
                previous.map(a -> a.postId()).orElse(null), appointed.postId(), appointed.assignmentId(),
                "选拔任用", appointed.documentNo(), assignment.decisionDate(), assignment.decisionBody(),
                appointed.selectionId(), null, null, null, false, access.now(), access.actor());
        long id = events.insert(event);
        audit.record("cadre.deployment.recorded", "cadre_deployment_event", id,
                person.name() + " " + kind + " " + appointed.effectiveDate() + " (selection " + appointed.selectionId() + ")",
                null, event);
        // the term on the post the person left ends with it, as when the move is recorded by hand
        previous.flatMap(a -> terms.openOfAssignment(a.id())).ifPresent(t -> {
            terms.end(t.id(), appointed.effectiveDate(), kind.name());
            audit.record("cadre.term.ended", "cadre_term", t.id(), person.name() + " " + t.title() + " (" + kind + ")",
                    t, java.util.Map.of("actualEnd", appointed.effectiveDate(), "endReason", kind.name()));
        });
        commands.startTermFor(person, appointed.assignmentId(), appointed.effectiveDate(), "selection");
    }

    @EventListener
    void on(SelectionEvents.ProbationEnded ended) {
        if (!ended.removed() || events.existsForSelection(ended.selectionId(), ended.personId(), DeploymentKind.REMOVAL)) {
            return;
        }
        PersonLookup.PersonSummary person = people.findById(ended.personId()).orElse(null);
        var assignment = person == null ? null : organization.assignmentHistory(ended.personId()).stream()
                .filter(a -> a.id() == ended.assignmentId()).findFirst().orElse(null);
        if (assignment == null) {
            return;
        }
        DeploymentKind kind = DeploymentKind.REMOVAL;
        DeploymentEvent event = new DeploymentEvent(0, kind, person.id(), person.name(), person.employeeNo(),
                assignment.unitId(), ended.day(), assignment.id(), assignment.postId(), null, null,
                PROBATION_FAILED, assignment.endDocumentNo(), null, null, ended.selectionId(), null, null, null, false,
                access.now(), access.actor());
        long id = events.insert(event);
        audit.record("cadre.deployment.recorded", "cadre_deployment_event", id,
                person.name() + " " + kind + " " + ended.day() + " (selection " + ended.selectionId() + ", probation)",
                null, event);
        terms.openOfAssignment(assignment.id()).ifPresent(t -> {
            terms.end(t.id(), ended.day(), kind.name());
            audit.record("cadre.term.ended", "cadre_term", t.id(), person.name() + " " + t.title() + " (" + kind + ")",
                    t, java.util.Map.of("actualEnd", ended.day(), "endReason", kind.name()));
        });
    }
}
