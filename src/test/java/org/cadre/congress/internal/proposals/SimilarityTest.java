package org.cadre.congress.internal.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void a_reworded_proposal_is_closer_to_its_earlier_twin_than_to_a_proposal_about_something_else() {
        String earlier = "关于改善夜班职工食堂伙食的建议";
        String reworded = "建议改善职工食堂夜班伙食质量";
        String other = "关于增开园区通勤班车线路的建议";
        assertThat(Similarity.of(earlier, reworded)).isGreaterThan(ProposalViews.SIMILAR_THRESHOLD);
        assertThat(Similarity.of(reworded, other)).isLessThan(ProposalViews.SIMILAR_THRESHOLD);
    }

    @Test
    void punctuation_and_spaces_do_not_count() {
        assertThat(Similarity.of("食堂，伙食。", "食堂伙食")).isEqualTo(1.0);
        assertThat(Similarity.of("", "食堂")).isZero();
    }
}
