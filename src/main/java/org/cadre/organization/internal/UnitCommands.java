package org.cadre.organization.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadre.identity.AuditLog;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.UnitKind;
import org.cadre.organization.UnitMerged;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, renaming, moving, merging and dissolving units (机构设立、更名、调整、合并、撤销). Each change takes effect on
 * a date: it closes the unit's current version on that date and opens the next, so the tree of any past day stays
 * as it was. Needs org:manage with a scope reaching the unit (and the new parent or the unit merged into).
 */
@Service
class UnitCommands {

    record Create(@NotBlank(message = "{org.validation.required}") @Size(max = 32, message = "{org.validation.tooLong}")
                  @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{org.unit.code.invalid}") String code,
                  @NotBlank(message = "{org.validation.required}") @Size(max = 100, message = "{org.validation.tooLong}") String name,
                  @NotNull(message = "{org.validation.required}") UnitKind kind,
                  Long parentId,
                  @NotNull(message = "{org.validation.required}") LocalDate effectiveDate,
                  @Size(max = 100, message = "{org.validation.tooLong}") String documentNo) {
    }

    record Rename(@NotBlank(message = "{org.validation.required}") @Size(max = 100, message = "{org.validation.tooLong}") String name,
                  @NotNull(message = "{org.validation.required}") LocalDate effectiveDate,
                  @Size(max = 100, message = "{org.validation.tooLong}") String documentNo) {
    }

    record Move(@NotNull(message = "{org.validation.required}") Long parentId,
                @NotNull(message = "{org.validation.required}") LocalDate effectiveDate,
                @Size(max = 100, message = "{org.validation.tooLong}") String documentNo) {
    }

    record Merge(@NotNull(message = "{org.validation.required}") Long intoUnitId,
                 @NotNull(message = "{org.validation.required}") LocalDate effectiveDate,
                 @Size(max = 100, message = "{org.validation.tooLong}") String documentNo) {
    }

    record Dissolve(@NotNull(message = "{org.validation.required}") LocalDate effectiveDate,
                    @Size(max = 100, message = "{org.validation.tooLong}") String documentNo) {
    }

    private final UnitRepository units;
    private final PostRepository posts;
    private final AssignmentRepository assignments;
    private final OrganizationQueries organization;
    private final People people;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    UnitCommands(UnitRepository units, PostRepository posts, AssignmentRepository assignments,
                 OrganizationQueries organization, People people, Scopes scopes, AuditLog audit,
                 ApplicationEventPublisher events) {
        this.units = units;
        this.posts = posts;
        this.assignments = assignments;
        this.organization = organization;
        this.people = people;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long create(Create command) {
        UnitVersion.requireDate(command.effectiveDate());
        if (command.parentId() == null) {
            scopes.requireWholeCompany(Permissions.ORG_MANAGE);
        } else {
            scopes.requireUnit(Permissions.ORG_MANAGE, command.parentId(), command.effectiveDate());
            requireOpenOn(command.parentId(), command.effectiveDate(), "parentId");
        }
        String code = command.code().strip();
        if (units.codeTaken(code)) {
            throw BusinessRuleException.onField("code", "org.unit.code.taken", code);
        }
        long id = units.insertUnit(code);
        UnitVersion opened = new UnitVersion(0, id, code, command.name().strip(), command.kind(), command.parentId(),
                0, Period.startingOn(command.effectiveDate()), UnitChange.OPENED, command.documentNo(), null, null,
                null);
        units.open(opened, command.effectiveDate(), UnitChange.OPENED, Text.blankToNull(command.documentNo()));
        audit.record("unit.created", "unit", id, code + " " + opened.name(), null, state(opened, command.effectiveDate()));
        return id;
    }

    @Transactional
    public void rename(long unitId, Rename command) {
        UnitVersion current = current(unitId, command.effectiveDate());
        String name = command.name().strip();
        if (name.equals(current.name())) {
            throw BusinessRuleException.onField("name", "org.unit.rename.same", name);
        }
        replace(current, current.withName(name), command.effectiveDate(), UnitChange.RENAMED, command.documentNo());
        audit.record("unit.renamed", "unit", unitId, current.name() + " → " + name,
                state(current, current.period().from()), state(current.withName(name), command.effectiveDate()));
    }

    @Transactional
    public void move(long unitId, Move command) {
        UnitVersion current = current(unitId, command.effectiveDate());
        long parentId = command.parentId();
        scopes.requireUnit(Permissions.ORG_MANAGE, parentId, command.effectiveDate());
        requireOpenOn(parentId, command.effectiveDate(), "parentId");
        if (Long.valueOf(parentId).equals(current.parentId())) {
            throw BusinessRuleException.onField("parentId", "org.unit.move.sameParent");
        }
        if (units.hierarchyFrom(command.effectiveDate()).wouldCycle(unitId, parentId, command.effectiveDate())) {
            throw BusinessRuleException.onField("parentId", "org.unit.move.cycle");
        }
        replace(current, current.withParent(parentId), command.effectiveDate(), UnitChange.MOVED, command.documentNo());
        audit.record("unit.moved", "unit", unitId, current.name(), state(current, current.period().from()),
                state(current.withParent(parentId), command.effectiveDate()));
    }

    /**
     * Merges the unit into another: the unit ends, its open child units move under the other, its posts close
     * (which requires that nobody holds them any more) and its members follow through {@link UnitMerged}.
     */
    @Transactional
    public void merge(long unitId, Merge command) {
        LocalDate day = command.effectiveDate();
        UnitVersion current = current(unitId, day);
        long intoId = command.intoUnitId();
        scopes.requireUnit(Permissions.ORG_MANAGE, intoId, day);
        requireOpenOn(intoId, day, "intoUnitId");
        if (units.hierarchyFrom(day).wouldCycle(unitId, intoId, day)) {
            throw BusinessRuleException.onField("intoUnitId", "org.unit.merge.intoOwnSubtree");
        }
        long openAssignments = assignments.countReachingUnit(unitId, day);
        if (openAssignments > 0) {
            throw new BusinessRuleException("org.unit.merge.openAssignments", current.name(), openAssignments);
        }
        String documentNo = Text.blankToNull(command.documentNo());
        List<UnitVersion> children = units.currentChildren(unitId);
        children.forEach(child -> child.requireChangeableOn(day));
        units.close(current, day, UnitChange.MERGED, intoId, documentNo);
        for (UnitVersion child : children) {
            replace(child, child.withParent(intoId), day, UnitChange.MOVED, documentNo);
        }
        List<Post> closedPosts = closePosts(unitId);
        Map<String, Object> after = new LinkedHashMap<>(state(current, current.period().from()));
        after.put("validTo", day);
        after.put("mergedInto", intoId);
        after.put("endDocumentNo", documentNo);
        after.put("childrenMoved", children.stream().map(UnitVersion::unitId).toList());
        after.put("postsClosed", closedPosts.stream().map(Post::id).toList());
        audit.record("unit.merged", "unit", unitId, current.name() + " → " + intoId,
                state(current, current.period().from()), after);
        events.publishEvent(new UnitMerged(unitId, intoId, day));
    }

    /** Dissolves the unit: only an empty one, without open child units, holders of its posts or members. */
    @Transactional
    public void dissolve(long unitId, Dissolve command) {
        LocalDate day = command.effectiveDate();
        UnitVersion current = current(unitId, day);
        int children = units.currentChildren(unitId).size();
        if (children > 0) {
            throw new BusinessRuleException("org.unit.dissolve.openChildren", current.name(), children);
        }
        long openAssignments = assignments.countReachingUnit(unitId, day);
        if (openAssignments > 0) {
            throw new BusinessRuleException("org.unit.dissolve.openAssignments", current.name(), openAssignments);
        }
        long members = people.membersOf(List.of(unitId));
        if (members > 0) {
            throw new BusinessRuleException("org.unit.dissolve.members", current.name(), members);
        }
        String documentNo = Text.blankToNull(command.documentNo());
        units.close(current, day, UnitChange.DISSOLVED, null, documentNo);
        List<Post> closedPosts = closePosts(unitId);
        Map<String, Object> after = new LinkedHashMap<>(state(current, current.period().from()));
        after.put("validTo", day);
        after.put("endDocumentNo", documentNo);
        after.put("postsClosed", closedPosts.stream().map(Post::id).toList());
        audit.record("unit.dissolved", "unit", unitId, current.name(), state(current, current.period().from()), after);
    }

    /** The unit's current version, after checking the caller's scope and the effective date. */
    private UnitVersion current(long unitId, LocalDate day) {
        UnitVersion.requireDate(day);
        if (!units.exists(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
        scopes.requireUnit(Permissions.ORG_MANAGE, unitId, day);
        UnitVersion current = units.lockCurrent(unitId)
                .orElseThrow(() -> new BusinessRuleException("org.unit.ended"));
        current.requireChangeableOn(day);
        return current;
    }

    private void replace(UnitVersion current, UnitVersion next, LocalDate day, UnitChange change, String documentNo) {
        units.close(current, day, change, null, null);
        units.open(next, day, change, Text.blankToNull(documentNo));
    }

    /** The unit (a new parent, or the one merged into) is open on the day and still open, and stays so meanwhile. */
    private void requireOpenOn(long unitId, LocalDate day, String field) {
        if (organization.findUnit(unitId, day).isEmpty() || units.lockCurrent(unitId).isEmpty()) {
            throw BusinessRuleException.onField(field, "org.unit.notOpenOn", day.toString());
        }
    }

    private List<Post> closePosts(long unitId) {
        List<Post> active = posts.activeOf(unitId);
        active.forEach(post -> posts.deactivate(post.id()));
        return active;
    }

    private static Map<String, Object> state(UnitVersion version, LocalDate from) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", version.code());
        state.put("name", version.name());
        state.put("kind", version.kind());
        state.put("parentId", version.parentId());
        state.put("validFrom", from);
        return state;
    }
}
