package org.cadre.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void search_text_matches_anywhere_with_its_wildcards_escaped() {
        assertThat(Like.contains(" ab ")).isEqualTo("%ab%");
        assertThat(Like.contains("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }

    @Test
    void blank_text_means_no_filter() {
        assertThat(Like.blankToNull("  ")).isNull();
        assertThat(Like.blankToNull(null)).isNull();
        assertThat(Like.blankToNull(" x ")).isEqualTo("x");
    }
}
