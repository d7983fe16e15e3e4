package org.cadre.shared;

import java.util.Map;
import java.util.Optional;

/**
 * A panel that a module adds to the home page (e.g. the cadre work queue for the organization department), so that
 * the home page need not know the modules. The home page inserts {@code ~{template :: selector}} with the model
 * attributes in the variable {@code panel}.
 */
public interface HomePanel {

    /** The template holding the fragment, e.g. {@code cadres/alerts/home-panel}. */
    String template();

    /** The fragment's selector within the template, e.g. {@code panel}. */
    default String selector() {
        return "panel";
    }

    /** What the fragment reads, or empty when the signed-in user may not see the panel. */
    Optional<Map<String, Object>> model();

    /** Panels are shown in ascending order. */
    default int order() {
        return 0;
    }
}
