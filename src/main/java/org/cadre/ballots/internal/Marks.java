package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.cadre.ballots.BallotPaper;
import org.cadre.ballots.Scale;
import org.cadre.shared.BusinessRuleException;

/**
 * A filled-in ballot paper checked against its ballot and reduced to marks: one (question, answer key, score) per
 * answer given. A paper with any fault is refused whole, with the question it concerns, so nothing of it is kept.
 */
final class Marks {

    record Mark(long questionId, String key, BigDecimal score) {
    }

    private Marks() {
    }

    /**
     * @param isPerson whether an id names a person of the roster (for written-in candidates)
     */
    static List<Mark> of(BallotDefinition ballot, BallotPaper paper, Predicate<Long> isPerson) {
        for (Long questionId : paper.answers().keySet()) {
            if (ballot.question(questionId).isEmpty()) {
                throw new BusinessRuleException("ballot.paper.unknownQuestion");
            }
        }
        List<Mark> marks = new ArrayList<>();
        for (BallotDefinition.Question q : ballot.questions()) {
            BallotPaper.Answer answer = paper.answers().get(q.id());
            String field = "q" + q.id();
            switch (q.kind()) {
                case CHOICE, RATING -> {
                    if (answer == null || answer.choice() == null || answer.choice().isBlank()) {
                        throw BusinessRuleException.onField(field, "ballot.paper.missing", q.title());
                    }
                    Scale.Answer chosen = q.scale().answers().stream().filter(a -> a.name().equals(answer.choice()))
                            .findFirst().orElseThrow(() -> BusinessRuleException.onField(field,
                                    "ballot.paper.unknownAnswer", q.title()));
                    marks.add(new Mark(q.id(), chosen.name(), null));
                }
                case PICK -> {
                    List<Long> picks = answer == null ? List.of() : answer.picks();
                    List<Long> writeIns = answer == null ? List.of() : answer.writeIns();
                    Set<Long> seen = new HashSet<>();
                    for (Long pick : picks) {
                        if (q.option(pick).isEmpty()) {
                            throw BusinessRuleException.onField(field, "ballot.paper.unknownAnswer", q.title());
                        }
                        if (!seen.add(pick)) {
                            throw BusinessRuleException.onField(field, "ballot.paper.duplicate", q.title());
                        }
                        marks.add(new Mark(q.id(), "option:" + pick, null));
                    }
                    if (!writeIns.isEmpty() && !q.writeIn()) {
                        throw BusinessRuleException.onField(field, "ballot.paper.noWriteIn", q.title());
                    }
                    Set<Long> candidates = new HashSet<>();
                    q.options().forEach(o -> {
                        if (o.personId() != null) {
                            candidates.add(o.personId());
                        }
                    });
                    Set<Long> written = new HashSet<>();
                    for (Long person : writeIns) {
                        if (candidates.contains(person) || !written.add(person)) {
                            throw BusinessRuleException.onField(field, "ballot.paper.duplicate", q.title());
                        }
                        if (!isPerson.test(person)) {
                            throw BusinessRuleException.onField(field, "ballot.paper.unknownPerson", q.title());
                        }
                        marks.add(new Mark(q.id(), "person:" + person, null));
                    }
                    int max = q.maxPicks() == null ? q.options().size() : q.maxPicks();
                    if (picks.size() + writeIns.size() > max) {
                        throw BusinessRuleException.onField(field, "ballot.paper.tooMany", q.title(), max);
                    }
                }
                case SCORE -> {
                    int min = q.minScore() == null ? 0 : q.minScore();
                    int max = q.maxScore() == null ? 100 : q.maxScore();
                    for (BallotDefinition.Option item : q.options()) {
                        BigDecimal score = answer == null ? null : answer.scores().get(item.id());
                        if (score == null) {
                            throw BusinessRuleException.onField(field, "ballot.paper.missing",
                                    q.title() + " · " + item.label());
                        }
                        if (score.compareTo(BigDecimal.valueOf(min)) < 0 || score.compareTo(BigDecimal.valueOf(max)) > 0
                                || score.scale() > 2) {
                            throw BusinessRuleException.onField(field, "ballot.paper.scoreRange",
                                    q.title() + " · " + item.label(), min, max);
                        }
                        marks.add(new Mark(q.id(), "option:" + item.id(), score));
                    }
                    if (answer != null && answer.scores().keySet().stream().anyMatch(k -> q.option(k).isEmpty())) {
                        throw BusinessRuleException.onField(field, "ballot.paper.unknownAnswer", q.title());
                    }
                }
                case RANK -> {
                    // places 1..k, each once; the first of N places earns N points
                    int places = q.maxPicks() == null ? q.options().size() : Math.min(q.maxPicks(), q.options().size());
                    Map<Long, BigDecimal> given = answer == null ? Map.of() : answer.scores();
                    Set<Integer> used = new HashSet<>();
                    for (var entry : given.entrySet()) {
                        if (q.option(entry.getKey()).isEmpty()) {
                            throw BusinessRuleException.onField(field, "ballot.paper.unknownAnswer", q.title());
                        }
                        BigDecimal place = entry.getValue();
                        if (place == null || place.stripTrailingZeros().scale() > 0 || place.intValue() < 1
                                || place.intValue() > places || !used.add(place.intValue())) {
                            throw BusinessRuleException.onField(field, "ballot.paper.rankPlaces", q.title(), places);
                        }
                    }
                    if (!used.isEmpty() && java.util.Collections.max(used) != used.size()) {
                        throw BusinessRuleException.onField(field, "ballot.paper.rankPlaces", q.title(), places);
                    }
                    for (var entry : given.entrySet()) {
                        marks.add(new Mark(q.id(), "option:" + entry.getKey(),
                                BigDecimal.valueOf(places - entry.getValue().intValue() + 1)));
                    }
                }
                default -> throw new IllegalStateException(q.kind().name());
            }
        }
        return marks;
    }
}
