package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotState;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.Quorum;
import org.cadre.ballots.QuestionKind;
import org.cadre.ballots.Scale;

/**
 * A ballot as stored: its settings, rater groups and questions with their options; {@code unitId} is the unit it
 * belongs to (null: the whole company), which decides which officers reach it.
 */
public record BallotDefinition(long id, String title, String description, BallotMode mode, BallotState state,
                               PassRule passRule, Quorum quorum, int minGroupBreakdown, String origin,
                               Long unitId, String createdBy, OffsetDateTime createdAt, OffsetDateTime openedAt,
                               OffsetDateTime closedAt, OffsetDateTime publishedAt, int version,
                               List<Group> groups, List<Question> questions) {

    public record Group(long id, int position, String name, BigDecimal weight, Integer countedCast) {
    }

    public record Question(long id, int position, QuestionKind kind, String title, Long subjectPersonId, Scale scale,
                           Integer maxPicks, boolean writeIn, Integer minScore, Integer maxScore,
                           List<Option> options, Long subjectUnitId) {

        public Optional<Option> option(long optionId) {
            return options.stream().filter(o -> o.id() == optionId).findFirst();
        }

        /** The keys a voter may give: scale answers, or "option:ID" for candidates and items. */
        public List<String> answerKeys() {
            if (scale != null) {
                return scale.answers().stream().map(Enum::name).toList();
            }
            return options.stream().map(o -> "option:" + o.id()).toList();
        }
    }

    public record Option(long id, int position, String label, Long personId, BigDecimal weight) {
    }

    public Optional<Group> group(long groupId) {
        return groups.stream().filter(g -> g.id() == groupId).findFirst();
    }

    public Optional<Question> question(long questionId) {
        return questions.stream().filter(q -> q.id() == questionId).findFirst();
    }

    /** Whether the roll, questions and groups may still change. */
    public boolean editable() {
        return state == BallotState.DRAFT;
    }
}
