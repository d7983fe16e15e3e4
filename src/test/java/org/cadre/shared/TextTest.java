package org.cadre.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void search_text_matches_anywhere_with_its_wildcards_escaped() {
        assertThat(Text.likeContains(" ab ")).isEqualTo("%ab%");
        assertThat(Text.likeContains("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }

    @Test
    void blank_text_means_no_filter() {
        assertThat(Text.blankToNull("  ")).isNull();
        assertThat(Text.blankToNull(null)).isNull();
        assertThat(Text.blankToNull(" x ")).isEqualTo("x");
    }

    @Test
    void a_typed_list_splits_on_spaces_commas_semicolons_and_the_chinese_enumeration_comma() {
        assertThat(Text.items(" JY001, JY002；JY003、JY004\nJY005 ")).containsExactly("JY001", "JY002", "JY003", "JY004",
                "JY005");
        assertThat(Text.items(null)).isEmpty();
        assertThat(Text.items(" ,, ")).isEmpty();
    }
}
