package org.cadre.cadres.internal.alerts;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.cadre.identity.AccessControl;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.shared.HomePanel;
import org.cadre.shared.PageRequest;
import org.springframework.stereotype.Component;

/** The work queue on the home page of those who keep the cadre records (cadre:manage): counts per kind, next due. */
@Component
class WorkHomePanel implements HomePanel {

    static final int NEXT = 5;

    private final AccessControl access;
    private final WorkQueue queue;
    private final AlertAccess alerts;

    WorkHomePanel(AccessControl access, WorkQueue queue, AlertAccess alerts) {
        this.access = access;
        this.queue = queue;
        this.alerts = alerts;
    }

    @Override
    public String template() {
        return "cadres/alerts/home-panel";
    }

    @Override
    public Optional<Map<String, Object>> model() {
        DataScope scope = access.scopeFor(Permissions.CADRE_MANAGE);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = alerts.today();
        return Optional.of(Map.of("queue", queue.queue(today, scope, null, new PageRequest(0, NEXT)), "today", today));
    }

    @Override
    public int order() {
        return 10;
    }
}
