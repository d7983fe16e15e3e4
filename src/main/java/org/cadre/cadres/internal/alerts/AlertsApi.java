package org.cadre.cadres.internal.alerts;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.identity.AccessControl;
import org.cadre.identity.Permissions;
import org.cadre.shared.JsonApi;
import org.cadre.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The work queue and the structure analysis over JSON, with the pages' permissions and scopes. */
@JsonApi("/api/v1/cadres")
@Tag(name = "Cadre work queue and structure", description = "What falls due in the cadre team (待办预警) and the "
        + "team's structure on a date (班子结构分析)")
class AlertsApi {

    record Sent(int sent) {
    }

    private final WorkQueue queue;
    private final WorkNotifier notifier;
    private final StructureQueries structures;
    private final AlertAccess alerts;
    private final AccessControl access;

    AlertsApi(WorkQueue queue, WorkNotifier notifier, StructureQueries structures, AlertAccess alerts,
              AccessControl access) {
        this.queue = queue;
        this.notifier = notifier;
        this.structures = structures;
        this.alerts = alerts;
        this.access = access;
    }

    @GetMapping("/work")
    @PreAuthorize(WorkPages.READERS)
    @Operation(summary = "The work queue within my scope (cadre:read and cadre:manage), by due date: counts per kind "
            + "and one page of items, optionally of one kind and one unit's subtree")
    WorkQueue.Queue work(@RequestParam(required = false) String kind, @RequestParam(required = false) Long unitId,
                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        LocalDate today = alerts.today();
        return queue.queue(today, alerts.narrowed(alerts.readScope(), unitId, today), kind, PageRequest.of(page, size));
    }

    @PostMapping("/work/notifications")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Send the due items now as notifications to the cadre managers whose scope reaches them "
            + "(each once); returns how many were new")
    Sent notifyNow() {
        return new Sent(notifier.sendNow());
    }

    @GetMapping("/structure")
    @PreAuthorize("hasAuthority('cadre:read')")
    @Operation(summary = "The cadre team on a date (default today) in a unit's subtree (default: my whole scope) by "
            + "age band, education, gender, tenure in post, level and unit; average age, share under 40; yearly flows")
    Structure structure(@RequestParam(required = false) String date, @RequestParam(required = false) Long unitId) {
        return structures.structure(StructurePages.asOf(date, alerts.today()),
                access.requireScope(Permissions.CADRE_READ), unitId);
    }
}
