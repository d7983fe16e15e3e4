package org.cadre.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cadre.people.Gender;
import org.cadre.people.PoliticalAffiliation;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ImportCellsTest {

    final ChoiceLabels labels = new ChoiceLabels(messages());
    final ImportProblems problems = new ImportProblems();

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/people");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    ImportCells row(String... cells) {
        return new ImportCells(ImportSheet.PEOPLE, 7, List.of(cells), labels, problems, Locale.ENGLISH);
    }

    @Test
    void dates_are_read_in_the_usual_spellings() {
        ImportCells c = row("E1", "Li", "M", "1980-03-01");
        assertThat(c.date("birthDate")).isEqualTo(LocalDate.of(1980, 3, 1));
        assertThat(row("E1", "Li", "M", "1980/3/1").date("birthDate")).isEqualTo(LocalDate.of(1980, 3, 1));
        assertThat(row("E1", "Li", "M", "19800301").date("birthDate")).isEqualTo(LocalDate.of(1980, 3, 1));
        assertThat(problems.any()).isFalse();
    }

    @Test
    void a_bad_date_is_reported_at_its_row_and_column_with_the_value() {
        assertThat(row("E1", "Li", "M", "1980-02-30").date("birthDate")).isNull();
        assertThat(problems.kept()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(7);
            assertThat(p.field()).isEqualTo("birthDate");
            assertThat(p.messageKey()).isEqualTo("people.import.badDate");
            assertThat(p.arguments()).containsExactly("1980-02-30");
        });
    }

    @Test
    void a_missing_required_cell_is_reported_and_an_empty_optional_one_is_not() {
        ImportCells c = row("E1", "");
        assertThat(c.text("name")).isNull();
        assertThat(c.text("ethnicity")).isNull();
        assertThat(problems.kept()).extracting(ImportProblems.Problem::field).containsExactly("name");
        assertThat(problems.kept()).extracting(ImportProblems.Problem::messageKey)
                .containsExactly("people.import.required");
    }

    @Test
    void choices_are_read_from_labels_in_either_language_or_from_the_constant() {
        assertThat(row("E1", "Li", "男").choice("gender", Gender.class)).isEqualTo(Gender.M);
        assertThat(row("E1", "Li", "female").choice("gender", Gender.class)).isEqualTo(Gender.F);
        assertThat(row("E1", "Li", "M").choice("gender", Gender.class)).isEqualTo(Gender.M);
        assertThat(labels.parse(PoliticalAffiliation.class, "中共党员")).contains(PoliticalAffiliation.CPC_MEMBER);
        assertThat(problems.any()).isFalse();
    }

    @Test
    void a_value_outside_a_closed_set_is_reported_with_the_allowed_values() {
        assertThat(row("E1", "Li", "X").choice("gender", Gender.class)).isNull();
        assertThat(problems.kept()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("people.import.badChoice");
            assertThat(p.arguments()).containsExactly("X", "Male / Female");
        });
    }

    @Test
    void text_longer_than_its_column_is_reported() {
        assertThat(row("E1", "x".repeat(51)).text("name")).isNull();
        assertThat(problems.kept()).extracting(ImportProblems.Problem::messageKey)
                .containsExactly("people.import.tooLong");
    }
}
