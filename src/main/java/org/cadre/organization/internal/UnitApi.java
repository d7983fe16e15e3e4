package org.cadre.organization.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cadre.organization.UnitKind;
import org.cadre.shared.JsonApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The unit tree on a date, a unit's details and history, and the changes to units. */
@JsonApi("/api/v1/units")
@Tag(name = "Units", description = "Org units, effective-dated: the tree on any day and every change with its document")
class UnitApi {

    /** A unit in the flat list of the tree; {@code parentId} links it to its parent. */
    record UnitSummary(long id, String code, String name, UnitKind kind, Long parentId, int approvedPosts,
                       int filledPosts) {

        static UnitSummary of(UnitRepository.UnitNode node) {
            return new UnitSummary(node.id(), node.code(), node.name(), node.kind(), node.parentId(),
                    node.approved(), node.filled());
        }
    }

    /** One version of a unit: what opened it, and what ended it. */
    record VersionView(LocalDate validFrom, LocalDate validTo, String name, UnitKind kind, Long parentId,
                       UnitChange change, String documentNo, UnitChange endedBy, Long mergedInto,
                       String endDocumentNo) {

        static VersionView of(UnitVersion v) {
            return new VersionView(v.period().from(), v.period().to(), v.name(), v.kind(), v.parentId(), v.change(),
                    v.documentNo(), v.endedBy(), v.mergedInto(), v.endDocumentNo());
        }
    }

    /** A unit on a day: {@code openOnDate} false shows its last version. */
    record UnitView(long id, String code, String name, UnitKind kind, Long parentId, String path, LocalDate asOf,
                    boolean openOnDate, List<VersionView> history, List<UnitSummary> children,
                    List<PostApi.PostView> posts) {

        static UnitView of(UnitReader.UnitDetails d) {
            UnitVersion u = d.unit();
            return new UnitView(u.unitId(), u.code(), u.name(), u.kind(), u.parentId(), d.path(), d.asOf(),
                    d.openOnDate(), d.history().stream().map(VersionView::of).toList(),
                    d.children().stream().map(UnitSummary::of).toList(),
                    d.posts().stream().map(p -> PostApi.PostView.of(p.post(), p.filled(), null)).toList());
        }
    }

    private final UnitReader reader;
    private final UnitRepository units;
    private final UnitCommands commands;
    private final Clock clock;

    UnitApi(UnitReader reader, UnitRepository units, UnitCommands commands, Clock clock) {
        this.reader = reader;
        this.units = units;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('org:read')")
    @Operation(summary = "The units open on a day (default today), as a flat list in tree order with parentId")
    List<UnitSummary> tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return units.tree(day(asOf)).stream().map(UnitSummary::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    @Operation(summary = "A unit on a day: details, version history, child units and posts")
    UnitView unit(@PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return UnitView.of(reader.details(id, day(asOf)));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('org:manage')")
    @Operation(summary = "Open a unit under a parent from an effective date")
    ResponseEntity<UnitView> create(@Valid @RequestBody UnitCommands.Create command) {
        long id = commands.create(command);
        return ResponseEntity.created(URI.create("/api/v1/units/" + id))
                .body(UnitView.of(reader.details(id, command.effectiveDate())));
    }

    @PostMapping("/{id}/rename")
    @PreAuthorize("hasAuthority('org:manage')")
    @Operation(summary = "Rename a unit from an effective date")
    UnitView rename(@PathVariable long id, @Valid @RequestBody UnitCommands.Rename command) {
        commands.rename(id, command);
        return UnitView.of(reader.details(id, command.effectiveDate()));
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasAuthority('org:manage')")
    @Operation(summary = "Move a unit under another parent from an effective date (never under its own subtree)")
    UnitView move(@PathVariable long id, @Valid @RequestBody UnitCommands.Move command) {
        commands.move(id, command);
        return UnitView.of(reader.details(id, command.effectiveDate()));
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasAuthority('org:manage')")
    @Operation(summary = "Merge a unit into another: it ends, its child units move, its empty posts close")
    UnitView merge(@PathVariable long id, @Valid @RequestBody UnitCommands.Merge command) {
        commands.merge(id, command);
        return UnitView.of(reader.details(id, command.effectiveDate()));
    }

    @PostMapping("/{id}/dissolve")
    @PreAuthorize("hasAuthority('org:manage')")
    @Operation(summary = "Dissolve an empty unit (no open child units, holders or members)")
    UnitView dissolve(@PathVariable long id, @Valid @RequestBody UnitCommands.Dissolve command) {
        commands.dissolve(id, command);
        return UnitView.of(reader.details(id, command.effectiveDate()));
    }

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
