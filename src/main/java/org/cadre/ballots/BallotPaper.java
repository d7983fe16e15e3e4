package org.cadre.ballots;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a voter fills in: an answer per question id. A CHOICE or RATING question takes {@code choice} (an answer of
 * its scale, e.g. {@code EXCELLENT}); a PICK question {@code picks} (option ids) and {@code writeIns} (person ids);
 * a SCORE question {@code scores} (option id → score); a RANK question {@code scores} too, as option id → place
 * (1 for the first choice, 2 for the next…).
 */
public record BallotPaper(Map<Long, Answer> answers) {

    public BallotPaper {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    public record Answer(String choice, List<Long> picks, List<Long> writeIns, Map<Long, BigDecimal> scores) {

        public Answer {
            picks = picks == null ? List.of() : List.copyOf(picks);
            writeIns = writeIns == null ? List.of() : List.copyOf(writeIns);
            scores = scores == null ? Map.of() : Map.copyOf(scores);
        }

        public static Answer choice(String choice) {
            return new Answer(choice, null, null, null);
        }

        public static Answer picks(List<Long> optionIds) {
            return new Answer(null, optionIds, null, null);
        }
    }
}
