package org.cadre.people.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cadre.identity.DataScope;
import org.cadre.identity.UnitDirectory;
import org.cadre.identity.UnitDirectory.UnitOption;
import org.cadre.organization.OrganizationQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The units a user may pick in the unit selects (roster filter, new person, move): those within their scope. */
@Component
class UnitChoices {

    static final int MAX = 500;

    private final OrganizationQueries organization;
    private final ObjectProvider<UnitDirectory> directory;

    UnitChoices(OrganizationQueries organization, ObjectProvider<UnitDirectory> directory) {
        this.organization = organization;
        this.directory = directory;
    }

    List<UnitOption> within(DataScope scope, LocalDate asOf) {
        if (scope.all()) {
            UnitDirectory units = directory.getIfAvailable();
            return units == null ? List.of() : units.search("", MAX);
        }
        Map<Long, String> names = organization.unitNames(organization.unitIdsWithin(scope, asOf), asOf);
        return names.entrySet().stream().map(e -> new UnitOption(e.getKey(), null, e.getValue()))
                .sorted(Comparator.comparing(UnitOption::name)).limit(MAX).toList();
    }
}
