package org.cadre.ballots;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Everything a new ballot needs; the ballot starts as a DRAFT.
 *
 * @param title              what is voted on, e.g. "2026 年度中层干部民主测评"
 * @param mode               secret (default), named or counted
 * @param passRule           when a question passes; NONE for appraisals
 * @param quorum             share of eligible voters that must cast for the vote to be valid (default none)
 * @param minGroupBreakdown  a rater group with fewer ballots than this shows no breakdown of its own, only the
 *                           combined result (default 5)
 * @param origin             who asked for it, e.g. {@code assessment-cycle:12}; other modules find their ballots by it
 * @param groups             rater groups (ballot boxes) with their weights and voters; may be added to a draft later
 * @param questions          in the order voters see them; may be added to a draft later
 * @param unitId             the unit the ballot belongs to (its subtree), null for the whole company: officers
 *                           ({@code ballot:manage}) reach the ballot only when their scope reaches this unit, and a
 *                           company-wide ballot only with a company-wide grant
 */
public record BallotSpec(
        @NotBlank(message = "{ballot.validation.required}") @Size(max = 200, message = "{ballot.validation.tooLong}") String title,
        String description,
        BallotMode mode,
        PassRule passRule,
        Quorum quorum,
        @Min(value = 1, message = "{ballot.validation.minGroup}") Integer minGroupBreakdown,
        String origin,
        List<@Valid GroupSpec> groups,
        List<@Valid QuestionSpec> questions,
        Long unitId) {

    /** A company-wide ballot (as before ballots belonged to a unit). */
    public BallotSpec(String title, String description, BallotMode mode, PassRule passRule, Quorum quorum,
                      Integer minGroupBreakdown, String origin, List<GroupSpec> groups, List<QuestionSpec> questions) {
        this(title, description, mode, passRule, quorum, minGroupBreakdown, origin, groups, questions, null);
    }

    public BallotSpec {
        mode = mode == null ? BallotMode.SECRET : mode;
        passRule = passRule == null ? PassRule.NONE : passRule;
        quorum = quorum == null ? Quorum.NONE : quorum;
        minGroupBreakdown = minGroupBreakdown == null ? 5 : minGroupBreakdown;
        groups = groups == null ? List.of() : List.copyOf(groups);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /**
     * A rater group (测评组: leaders, peers, subordinates, delegates): its own ballot box.
     *
     * @param weight          its share of the combined result, e.g. 0.3; weights are used relative to each other
     * @param voterPersonIds  the people on its roll (may be empty in a draft and added later)
     */
    public record GroupSpec(
            @NotBlank(message = "{ballot.validation.required}") @Size(max = 100, message = "{ballot.validation.tooLong}") String name,
            @NotNull(message = "{ballot.validation.required}") @DecimalMin(value = "0", message = "{ballot.validation.weight}") BigDecimal weight,
            List<Long> voterPersonIds) {

        public GroupSpec {
            voterPersonIds = voterPersonIds == null ? List.of() : List.copyOf(voterPersonIds);
        }
    }

    /**
     * One question.
     *
     * @param subjectPersonId the appraisee a RATING question is about (null for a team or a document)
     * @param scale           the answers of a CHOICE or RATING question
     * @param options         the candidates of a PICK question, the items of a SCORE question
     * @param maxPicks        how many candidates a voter may pick at most (PICK)
     * @param writeIn         whether a voter may pick someone from the roster who is not a candidate (PICK)
     * @param minScore        lowest score of an item (SCORE, default 0)
     * @param maxScore        highest score of an item (SCORE, default 100)
     * @param subjectUnitId   the unit whose leadership team a RATING question is about (null for a person)
     */
    public record QuestionSpec(
            @NotNull(message = "{ballot.validation.required}") QuestionKind kind,
            @NotBlank(message = "{ballot.validation.required}") @Size(max = 300, message = "{ballot.validation.tooLong}") String title,
            Long subjectPersonId,
            Scale scale,
            List<@Valid OptionSpec> options,
            @Min(value = 1, message = "{ballot.validation.maxPicks}") Integer maxPicks,
            Boolean writeIn,
            Integer minScore,
            Integer maxScore,
            Long subjectUnitId) {

        public QuestionSpec(QuestionKind kind, String title, Long subjectPersonId, Scale scale, List<OptionSpec> options,
                            Integer maxPicks, Boolean writeIn, Integer minScore, Integer maxScore) {
            this(kind, title, subjectPersonId, scale, options, maxPicks, writeIn, minScore, maxScore, null);
        }

        public QuestionSpec {
            options = options == null ? List.of() : List.copyOf(options);
            writeIn = Boolean.TRUE.equals(writeIn);
        }

        public static QuestionSpec rating(String title, Long subjectPersonId, Scale scale) {
            return new QuestionSpec(QuestionKind.RATING, title, subjectPersonId, scale, List.of(), null, false, null, null);
        }

        /** A rating of a unit's leadership team (Good … Poor). */
        public static QuestionSpec teamRating(String title, long unitId) {
            return new QuestionSpec(QuestionKind.RATING, title, null, Scale.TEAM, List.of(), null, false, null, null,
                    unitId);
        }

        public static QuestionSpec choice(String title, Scale scale) {
            return new QuestionSpec(QuestionKind.CHOICE, title, null, scale, List.of(), null, false, null, null);
        }

        public static QuestionSpec pick(String title, List<OptionSpec> candidates, int maxPicks, boolean writeIn) {
            return new QuestionSpec(QuestionKind.PICK, title, null, null, candidates, maxPicks, writeIn, null, null);
        }

        public static QuestionSpec score(String title, Long subjectPersonId, List<OptionSpec> items, int min, int max) {
            return new QuestionSpec(QuestionKind.SCORE, title, subjectPersonId, null, items, null, false, min, max);
        }
    }

    /**
     * A candidate of a PICK question (with the person), or an item of a SCORE question (with its weight).
     */
    public record OptionSpec(@NotBlank(message = "{ballot.validation.required}") @Size(max = 200, message = "{ballot.validation.tooLong}") String label,
                             Long personId, BigDecimal weight) {

        public static OptionSpec candidate(String name, long personId) {
            return new OptionSpec(name, personId, null);
        }

        public static OptionSpec item(String label, BigDecimal weight) {
            return new OptionSpec(label, null, weight);
        }
    }
}
