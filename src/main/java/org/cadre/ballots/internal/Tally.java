package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotResults.AnswerResult;
import org.cadre.ballots.BallotResults.GroupTally;
import org.cadre.ballots.BallotResults.QuestionResult;
import org.cadre.ballots.QuestionKind;
import org.cadre.ballots.Scale;

/**
 * Counting: from how many ballots each group's box holds and how often each answer was given in it, the result of
 * every question per group, in all, and combined by the groups' weights. Pure arithmetic, no database.
 * <p>
 * Percentages of a RATING question leave "cannot judge" out; of a PICK question they are of the ballots cast (the
 * recommendation rate); a SCORE question reports average scores. A group without a counted answer to a question
 * has no say in its weighted result: the other groups' weights are used relative to each other.
 * <p>
 * Of a secret ballot with a group below {@code minGroupBreakdown}, all ballots are counted as one box without
 * weights ({@code breakdownHidden}): see the module README, "Small groups".
 */
final class Tally {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The id of the one box all ballots are pooled into when a group is too small to be counted on its own. */
    private static final long POOL = 0;

    /** How often an answer was given in a group's box, and (SCORE) the sum of the scores given. */
    record Cell(long groupId, long questionId, String key, long count, BigDecimal scoreSum) {
    }

    private Tally() {
    }

    static BallotResults count(BallotDefinition ballot, Map<Long, Integer> eligiblePerGroup,
                               Map<Long, Integer> castPerGroup, List<Cell> cells, Function<Long, String> personName,
                               List<BallotResults.NamedVote> namedVotes) {
        int eligible = eligiblePerGroup.values().stream().mapToInt(Integer::intValue).sum();
        int cast = castPerGroup.values().stream().mapToInt(Integer::intValue).sum();
        // only a secret ballot has votes to protect: a roll call names its voters, a show of hands is seen in the room
        boolean secret = ballot.mode() == BallotMode.SECRET;
        List<GroupTally> groups = new ArrayList<>();
        boolean anySmall = false;
        for (BallotDefinition.Group g : ballot.groups()) {
            int groupCast = castPerGroup.getOrDefault(g.id(), 0);
            boolean small = secret && groupCast < ballot.minGroupBreakdown();
            anySmall |= small;
            groups.add(new GroupTally(g.id(), g.name(), g.weight(), eligiblePerGroup.getOrDefault(g.id(), 0), groupCast,
                    small));
        }
        // A small group's ballots are pooled with all the others into one box counted without weights: every figure
        // published is then a sum over all ballots, so no group's own counts can be worked back out of it.
        // (one group's result is already the whole: it is shown as it is, with fewBallots when it is small)
        boolean pooled = anySmall && ballot.groups().size() > 1;
        boolean fewBallots = secret && cast < ballot.minGroupBreakdown();
        List<BallotDefinition.Group> boxes = ballot.groups();
        Map<Long, Integer> castPerBox = castPerGroup;
        Map<String, Cell> byKey = new HashMap<>();
        Map<Long, Set<String>> writeIns = new HashMap<>();
        for (Cell cell : cells) {
            long box = pooled ? POOL : cell.groupId();
            byKey.merge(box + "/" + cell.questionId() + "/" + cell.key(),
                    new Cell(box, cell.questionId(), cell.key(), cell.count(), cell.scoreSum()), Tally::add);
            if (cell.key().startsWith("person:")) {
                writeIns.computeIfAbsent(cell.questionId(), q -> new LinkedHashSet<>()).add(cell.key());
            }
        }
        if (pooled) {
            boxes = List.of(new BallotDefinition.Group(POOL, 1, "", BigDecimal.ONE, null));
            castPerBox = Map.of(POOL, cast);
        }
        boolean quorumMet = ballot.quorum().met(cast, eligible);

        List<QuestionResult> questions = new ArrayList<>();
        for (BallotDefinition.Question q : ballot.questions()) {
            List<Answer> answers = answersOf(q, writeIns.getOrDefault(q.id(), Set.of()), personName);
            questions.add(question(ballot, boxes, q, answers, byKey, castPerBox, cast, eligible, quorumMet, pooled));
        }
        return new BallotResults(ballot.id(), ballot.title(), ballot.mode(), ballot.state(), ballot.passRule(),
                ballot.quorum(), eligible, cast, quorumMet, pooled, groups, questions, namedVotes, fewBallots);
    }

    private static Cell add(Cell a, Cell b) {
        BigDecimal sum = a.scoreSum() == null ? b.scoreSum()
                : b.scoreSum() == null ? a.scoreSum() : a.scoreSum().add(b.scoreSum());
        return new Cell(a.groupId(), a.questionId(), a.key(), a.count() + b.count(), sum);
    }

    private record Answer(String key, String label, Long personId, Integer points, boolean counted,
                          boolean inFavour, BigDecimal weight) {
    }

    private static List<Answer> answersOf(BallotDefinition.Question q, Set<String> writeIns,
                                          Function<Long, String> personName) {
        List<Answer> answers = new ArrayList<>();
        if (q.scale() != null) {
            for (Scale.Answer a : q.scale().answers()) {
                answers.add(new Answer(a.name(), a.name(), null, a.points(), !a.notCounted(), a.inFavour(), null));
            }
        } else {
            for (BallotDefinition.Option o : q.options()) {
                answers.add(new Answer("option:" + o.id(), o.label(), o.personId(), null, true, true,
                        o.weight() == null ? BigDecimal.ONE : o.weight()));
            }
            for (String key : writeIns) {
                long personId = Long.parseLong(key.substring("person:".length()));
                answers.add(new Answer(key, personName.apply(personId), personId, null, true, true, BigDecimal.ONE));
            }
        }
        return answers;
    }

    /** One question over the given boxes: the ballot's groups, or the one pool of all ballots (then no perGroup). */
    private static QuestionResult question(BallotDefinition ballot, List<BallotDefinition.Group> boxes,
                                           BallotDefinition.Question q, List<Answer> answers,
                                           Map<String, Cell> cells, Map<Long, Integer> castPerGroup, int cast,
                                           int eligible, boolean quorumMet, boolean pooled) {
        // the base of each group's percentages: counted answers (RATING), or ballots cast (CHOICE, PICK, SCORE)
        Map<Long, Long> base = new LinkedHashMap<>();
        for (BallotDefinition.Group g : boxes) {
            long groupBase;
            if (q.kind() == QuestionKind.RATING) {
                groupBase = answers.stream().filter(Answer::counted)
                        .mapToLong(a -> count(cells, g.id(), q.id(), a.key())).sum();
            } else {
                groupBase = castPerGroup.getOrDefault(g.id(), 0);
            }
            base.put(g.id(), groupBase);
        }
        long totalBase = base.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal weightOfGroupsWithAnswers = boxes.stream().filter(g -> base.get(g.id()) > 0)
                .map(BallotDefinition.Group::weight).reduce(BigDecimal.ZERO, BigDecimal::add);

        // RANK: the most points one ballot can give a candidate (first place of N)
        long maxPoints = q.kind() == QuestionKind.RANK
                ? Math.max(1, q.maxPicks() == null ? q.options().size() : Math.min(q.maxPicks(), q.options().size())) : 1;
        List<AnswerResult> results = new ArrayList<>();
        long inFavour = 0;
        BigDecimal weightedPoints = BigDecimal.ZERO;
        BigDecimal weightedItems = BigDecimal.ZERO;
        BigDecimal itemWeights = BigDecimal.ZERO;
        for (Answer a : answers) {
            long total = 0;
            BigDecimal scoreSum = BigDecimal.ZERO;
            Map<Long, BigDecimal> perGroup = new LinkedHashMap<>();
            BigDecimal weighted = BigDecimal.ZERO;
            for (BallotDefinition.Group g : boxes) {
                Cell cell = cells.get(g.id() + "/" + q.id() + "/" + a.key());
                long count = cell == null ? 0 : cell.count();
                BigDecimal sum = cell == null || cell.scoreSum() == null ? BigDecimal.ZERO : cell.scoreSum();
                total += count;
                scoreSum = scoreSum.add(sum);
                long groupBase = base.get(g.id());
                BigDecimal value = q.kind() == QuestionKind.SCORE
                        ? ratio(sum, groupBase, 1)
                        : q.kind() == QuestionKind.RANK ? ratio(sum, groupBase * maxPoints, 100)
                        : a.counted() ? ratio(BigDecimal.valueOf(count), groupBase, 100) : null;
                if (!pooled) {
                    perGroup.put(g.id(), q.kind() == QuestionKind.SCORE ? value
                            : q.kind() == QuestionKind.RANK ? sum : BigDecimal.valueOf(count));
                }
                if (value != null && groupBase > 0 && weightOfGroupsWithAnswers.signum() > 0) {
                    weighted = weighted.add(value.multiply(g.weight()));
                }
            }
            BigDecimal weightedPercent = a.counted() && weightOfGroupsWithAnswers.signum() > 0
                    ? weighted.divide(weightOfGroupsWithAnswers, 2, RoundingMode.HALF_UP) : null;
            BigDecimal totalValue = q.kind() == QuestionKind.SCORE ? ratio(scoreSum, totalBase, 1)
                    : q.kind() == QuestionKind.RANK ? scoreSum : BigDecimal.valueOf(total);
            BigDecimal percent = q.kind() == QuestionKind.SCORE || !a.counted() ? null
                    : q.kind() == QuestionKind.RANK ? ratio(scoreSum, totalBase * maxPoints, 100)
                    : ratio(BigDecimal.valueOf(total), totalBase, 100);
            Boolean byRule = q.kind() == QuestionKind.PICK ? ballot.passRule().passes(total, cast, eligible) : null;
            Boolean passed = byRule == null ? null : byRule && quorumMet;
            if (a.inFavour()) {
                inFavour += total;
            }
            if (a.points() != null && weightedPercent != null) {
                weightedPoints = weightedPoints.add(weightedPercent.multiply(BigDecimal.valueOf(a.points())));
            }
            if (q.kind() == QuestionKind.SCORE && weightedPercent != null) {
                weightedItems = weightedItems.add(weightedPercent.multiply(a.weight()));
                itemWeights = itemWeights.add(a.weight());
            }
            results.add(new AnswerResult(a.key(), a.label(), a.personId(), totalValue, percent, perGroup,
                    weightedPercent, passed));
        }
        BigDecimal score = switch (q.kind()) {
            case RATING -> weightOfGroupsWithAnswers.signum() > 0
                    ? weightedPoints.divide(HUNDRED, 2, RoundingMode.HALF_UP) : null;
            case SCORE -> itemWeights.signum() > 0 ? weightedItems.divide(itemWeights, 2, RoundingMode.HALF_UP) : null;
            case CHOICE -> results.stream().filter(r -> isInFavour(r.key()) && r.weightedPercent() != null)
                    .map(AnswerResult::weightedPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
            case PICK, RANK -> null;
        };
        Boolean passed = null;
        if (q.kind() == QuestionKind.CHOICE) {
            Boolean byRule = ballot.passRule().passes(inFavour, cast, eligible);
            passed = byRule == null ? null : byRule && quorumMet;
        }
        return new QuestionResult(q.id(), q.position(), q.kind(), q.title(), q.subjectPersonId(), q.scale(), results,
                score, passed, q.subjectUnitId());
    }

    private static boolean isInFavour(String key) {
        return "AGREE".equals(key) || "FOR".equals(key);
    }

    private static long count(Map<String, Cell> cells, long groupId, long questionId, String key) {
        Cell cell = cells.get(groupId + "/" + questionId + "/" + key);
        return cell == null ? 0 : cell.count();
    }

    /** part / whole × factor, two decimals; null for an empty whole. */
    private static BigDecimal ratio(BigDecimal part, long whole, int factor) {
        if (whole == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(factor)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
