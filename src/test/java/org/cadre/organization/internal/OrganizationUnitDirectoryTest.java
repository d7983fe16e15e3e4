package org.cadre.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cadre.IntegrationTest;
import org.cadre.identity.UnitDirectory;
import org.cadre.organization.UnitKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(FakePersonLookup.class)
class OrganizationUnitDirectoryTest extends OrgWebTest {

    @Autowired
    UnitDirectory directory;

    @Test
    void units_are_named_and_found_by_name_or_code_while_open() throws Exception {
        String marker = OrgFixtures.unique("Lithium");
        long group = fixtures.unit(marker + " Group", UnitKind.GROUP, null);
        long closed = fixtures.unit(marker + " Closed", UnitKind.DEPARTMENT, group);
        jdbc.sql("update org_unit_version set valid_to = ?, ended_by = 'DISSOLVED' where unit_id = ?")
                .params(LocalDate.of(2021, 1, 1), closed).update();

        assertThat(directory.unitName(group)).contains(marker + " Group");
        assertThat(directory.unitName(closed)).contains(marker + " Closed");
        assertThat(directory.unitName(999_999_999L)).isEmpty();
        assertThat(directory.search(marker, 10)).extracting(UnitDirectory.UnitOption::id).containsExactly(group);
        assertThat(directory.search(fixtures.code(group), 10)).extracting(UnitDirectory.UnitOption::id)
                .containsExactly(group);
        assertThat(directory.search("%", 10)).isEmpty();
    }
}
