package org.cadre.identity;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by the organization module, so that grants scoped to a unit can show and pick units without
 * identity depending on organization.
 */
public interface UnitDirectory {

    Optional<String> unitName(long unitId);

    /** Open units whose name or code contains the text, at most {@code limit}. */
    List<UnitOption> search(String text, int limit);

    record UnitOption(long id, String code, String name) {
    }
}
