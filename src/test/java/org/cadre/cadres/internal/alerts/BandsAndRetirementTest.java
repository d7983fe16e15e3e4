package org.cadre.cadres.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cadre.organization.PostLevel;
import org.cadre.people.Gender;
import org.junit.jupiter.api.Test;

class BandsAndRetirementTest {

    static final AlertSettings SETTINGS = new AlertSettings(60, 55, 6, 5, 90, "-");

    @Test
    void age_bands_are_35_and_under_then_five_years_each_then_56_and_over() {
        assertThat(AgeBand.of(22)).isEqualTo(AgeBand.UP_TO_35);
        assertThat(AgeBand.of(35)).isEqualTo(AgeBand.UP_TO_35);
        assertThat(AgeBand.of(36)).isEqualTo(AgeBand.FROM_36_TO_40);
        assertThat(AgeBand.of(40)).isEqualTo(AgeBand.FROM_36_TO_40);
        assertThat(AgeBand.of(41)).isEqualTo(AgeBand.FROM_41_TO_45);
        assertThat(AgeBand.of(50)).isEqualTo(AgeBand.FROM_46_TO_50);
        assertThat(AgeBand.of(55)).isEqualTo(AgeBand.FROM_51_TO_55);
        assertThat(AgeBand.of(56)).isEqualTo(AgeBand.FROM_56);
        assertThat(AgeBand.of(63)).isEqualTo(AgeBand.FROM_56);
    }

    @Test
    void tenure_bands_count_completed_years_with_the_lower_bound_included() {
        assertThat(TenureBand.of(0)).isEqualTo(TenureBand.UNDER_1);
        assertThat(TenureBand.of(1)).isEqualTo(TenureBand.FROM_1_TO_3);
        assertThat(TenureBand.of(2)).isEqualTo(TenureBand.FROM_1_TO_3);
        assertThat(TenureBand.of(3)).isEqualTo(TenureBand.FROM_3_TO_5);
        assertThat(TenureBand.of(5)).isEqualTo(TenureBand.FROM_5_TO_10);
        assertThat(TenureBand.of(9)).isEqualTo(TenureBand.FROM_5_TO_10);
        assertThat(TenureBand.of(10)).isEqualTo(TenureBand.FROM_10);
    }

    @Test
    void men_cadres_retire_on_their_60th_birthday_and_women_cadres_on_their_55th() {
        assertThat(Retirement.date(LocalDate.of(1966, 8, 15), Gender.M, SETTINGS)).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(Retirement.date(LocalDate.of(1971, 8, 15), Gender.F, SETTINGS)).isEqualTo(LocalDate.of(2026, 8, 15));
        AlertSettings equalAges = new AlertSettings(60, 60, 6, 5, 90, "-");
        assertThat(Retirement.date(LocalDate.of(1971, 8, 15), Gender.F, equalAges)).isEqualTo(LocalDate.of(2031, 8, 15));
    }

    @Test
    void someone_born_on_29_february_retires_on_28_february_in_a_common_year_and_on_29_february_in_a_leap_year() {
        LocalDate leapBirthday = LocalDate.of(1964, 2, 29);
        assertThat(Retirement.date(leapBirthday, Gender.M, SETTINGS)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Retirement.date(leapBirthday, Gender.F, SETTINGS)).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(Retirement.date(LocalDate.of(1968, 2, 29), Gender.M, SETTINGS)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Retirement.date(LocalDate.of(1968, 2, 29), Gender.F, SETTINGS)).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void a_chief_engineer_ranks_with_a_principal_and_staff_below_every_cadre_level() {
        assertThat(LevelRank.RANKS.get(PostLevel.CHIEF_ENGINEER)).isEqualTo(LevelRank.RANKS.get(PostLevel.MID_PRINCIPAL));
        assertThat(LevelRank.RANKS.get(PostLevel.COMPANY_LEADER)).isLessThan(LevelRank.RANKS.get(PostLevel.MID_PRINCIPAL));
        assertThat(LevelRank.RANKS).hasSize(PostLevel.values().length);
        assertThat(LevelRank.cadreLevels()).doesNotContain("STAFF", "SUPERVISOR");
    }
}
