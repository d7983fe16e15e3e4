package org.cadre.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cadre.identity.UnitDirectory;
import org.cadre.organization.OrganizationQueries;
import org.springframework.stereotype.Component;

/** Lets the identity module name and pick units for grants scoped to a unit. */
@Component
class OrganizationUnitDirectory implements UnitDirectory {

    private final UnitRepository units;
    private final OrganizationQueries organization;
    private final Clock clock;

    OrganizationUnitDirectory(UnitRepository units, OrganizationQueries organization, Clock clock) {
        this.units = units;
        this.organization = organization;
        this.clock = clock;
    }

    /** Today's name, or the last one of a unit that has ended. */
    @Override
    public Optional<String> unitName(long unitId) {
        return Optional.ofNullable(organization.unitNames(List.of(unitId), LocalDate.now(clock)).get(unitId));
    }

    @Override
    public List<UnitOption> search(String text, int limit) {
        return units.search(text, LocalDate.now(clock), limit).stream()
                .map(u -> new UnitOption(u.id(), u.code(), u.name())).toList();
    }
}
