package org.cadre.identity.internal;

import org.cadre.identity.AuditTrail;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The before/after states of audit entries: indented for people to read, as JSON trees for the API. */
@Component
class AuditJson {

    private final JsonMapper json;

    AuditJson(JsonMapper json) {
        this.json = json;
    }

    record Readable(AuditTrail.Entry entry, String before, String after) {
    }

    Readable readable(AuditTrail.Entry entry) {
        return new Readable(entry, indent(entry.before()), indent(entry.after()));
    }

    JsonNode tree(String state) {
        if (state == null) {
            return null;
        }
        try {
            return json.readTree(state);
        } catch (JacksonException e) {
            return json.getNodeFactory().textNode(state);
        }
    }

    private String indent(String state) {
        JsonNode node = tree(state);
        return node == null ? null : json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
