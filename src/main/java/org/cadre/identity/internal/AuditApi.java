package org.cadre.identity.internal;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.identity.AuditTrail;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** Searching the audit log, for programs. Read only: there is no way to change or delete an entry. */
@JsonApi("/api/v1/audit")
@Tag(name = "Audit log", description = "Who changed what, when, before and after (permission audit:read)")
@PreAuthorize("hasAuthority('audit:read')")
class AuditApi {

    private final AuditTrail trail;
    private final AuditJson json;

    AuditApi(AuditTrail trail, AuditJson json) {
        this.trail = trail;
        this.json = json;
    }

    record EntryView(long id, OffsetDateTime occurredAt, String actor, String remoteAddr, String action,
                     String entityType, String entityId, String summary, JsonNode before, JsonNode after) {
    }

    @GetMapping
    @Operation(summary = "Search the audit log (actor, action, entity, date range, text in summary), newest first")
    public Page<EntryView> search(@ParameterObject AuditTrail.Search search,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return trail.search(search, PageRequest.of(page, size))
                .map(e -> new EntryView(e.id(), e.occurredAt(), e.actorName(), e.remoteAddr(), e.action(),
                        e.entityType(), e.entityId(), e.summary(), json.tree(e.before()), json.tree(e.after())));
    }
}
