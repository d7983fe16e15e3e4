package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cadre.ballots.BallotPaper;
import org.cadre.people.PersonNames;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Text;

/**
 * A ballot paper as the voting page posts it: {@code q<id>} the chosen answer or the picked option ids,
 * {@code w<id>} employee numbers written in, {@code s<id>_<item>} scores, {@code r<id>_<candidate>} places. Kept as posted, so that a refused paper
 * is shown again as the voter filled it in.
 */
public final class PaperForm {

    private final Map<String, List<String>> values = new HashMap<>();

    public PaperForm(Map<String, String[]> parameters) {
        parameters.forEach((name, given) -> values.put(name, Arrays.asList(given)));
    }

    public static PaperForm empty() {
        return new PaperForm(Map.of());
    }

    /** Whether the field was posted with this value (a radio or checkbox to show checked). */
    public boolean has(String name, Object value) {
        return values.getOrDefault(name, List.of()).contains(String.valueOf(value));
    }

    public String value(String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() ? "" : given.get(0);
    }

    BallotPaper toPaper(BallotDefinition ballot, PersonNames people) {
        Map<Long, BallotPaper.Answer> answers = new HashMap<>();
        for (BallotDefinition.Question q : ballot.questions()) {
            String name = "q" + q.id();
            switch (q.kind()) {
                case CHOICE, RATING -> {
                    String choice = value(name);
                    if (!choice.isEmpty()) {
                        answers.put(q.id(), BallotPaper.Answer.choice(choice));
                    }
                }
                case PICK -> {
                    List<Long> picks = new ArrayList<>();
                    for (String v : values.getOrDefault(name, List.of())) {
                        picks.add(number(v, q.title()));
                    }
                    List<Long> writeIns = new ArrayList<>();
                    String written = value("w" + q.id()).strip();
                    if (!written.isEmpty()) {
                        List<String> numbers = Text.items(written);
                        Map<String, Long> ids = people.idsByEmployeeNo(numbers);
                        for (String n : numbers) {
                            Long id = ids.get(n);
                            if (id == null) {
                                throw BusinessRuleException.onField(name, "ballot.paper.unknownPerson", q.title());
                            }
                            writeIns.add(id);
                        }
                    }
                    answers.put(q.id(), new BallotPaper.Answer(null, picks, writeIns, null));
                }
                case SCORE -> {
                    Map<Long, BigDecimal> scores = new HashMap<>();
                    for (BallotDefinition.Option item : q.options()) {
                        String v = value("s" + q.id() + "_" + item.id()).strip();
                        if (!v.isEmpty()) {
                            try {
                                scores.put(item.id(), new BigDecimal(v));
                            } catch (NumberFormatException e) {
                                throw BusinessRuleException.onField(name, "ballot.paper.scoreRange",
                                        q.title() + " · " + item.label(), q.minScore() == null ? 0 : q.minScore(),
                                        q.maxScore() == null ? 100 : q.maxScore());
                            }
                        }
                    }
                    answers.put(q.id(), new BallotPaper.Answer(null, null, null, scores));
                }
                case RANK -> {
                    Map<Long, BigDecimal> places = new HashMap<>();
                    for (BallotDefinition.Option candidate : q.options()) {
                        String v = value("r" + q.id() + "_" + candidate.id()).strip();
                        if (!v.isEmpty()) {
                            try {
                                places.put(candidate.id(), new BigDecimal(v));
                            } catch (NumberFormatException e) {
                                throw BusinessRuleException.onField(name, "ballot.paper.rankPlaces", q.title(),
                                        q.maxPicks());
                            }
                        }
                    }
                    answers.put(q.id(), new BallotPaper.Answer(null, null, null, places));
                }
                default -> throw new IllegalStateException(q.kind().name());
            }
        }
        return new BallotPaper(answers);
    }

    private static long number(String value, String question) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("ballot.paper.unknownAnswer", question);
        }
    }
}
