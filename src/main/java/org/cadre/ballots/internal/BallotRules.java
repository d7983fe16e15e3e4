package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.cadre.ballots.BallotSpec;
import org.cadre.shared.BusinessRuleException;

/** The rules a ballot's spec must keep beyond what its annotations check. */
public final class BallotRules {

    private BallotRules() {
    }

    /** The rules a spec must keep beyond what its annotations check. */
    public static void check(BallotSpec spec) {
        Set<String> names = new HashSet<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (BallotSpec.GroupSpec g : spec.groups()) {
            if (g.name() == null || g.name().isBlank() || !names.add(g.name().strip())) {
                throw new BusinessRuleException("ballot.group.nameTwice", g.name());
            }
            if (g.weight() == null || g.weight().signum() < 0) {
                throw new BusinessRuleException("ballot.validation.weight");
            }
            weights = weights.add(g.weight());
        }
        if (!spec.groups().isEmpty() && weights.signum() <= 0) {
            throw new BusinessRuleException("ballot.validation.weight");
        }
        for (BallotSpec.QuestionSpec q : spec.questions()) {
            checkQuestion(q);
        }
    }

    public static void checkQuestion(BallotSpec.QuestionSpec q) {
        switch (q.kind()) {
            case RATING -> {
                if (q.scale() == null || !q.scale().isRating()) {
                    throw new BusinessRuleException("ballot.question.ratingScale", q.title());
                }
            }
            case CHOICE -> {
                if (q.scale() == null || q.scale().isRating()) {
                    throw new BusinessRuleException("ballot.question.choiceScale", q.title());
                }
            }
            case PICK -> {
                if (q.options().isEmpty() && !q.writeIn()) {
                    throw new BusinessRuleException("ballot.question.noCandidates", q.title());
                }
                if (q.maxPicks() == null || q.maxPicks() < 1) {
                    throw new BusinessRuleException("ballot.validation.maxPicks");
                }
                Set<Long> persons = new HashSet<>();
                for (BallotSpec.OptionSpec o : q.options()) {
                    if (o.personId() != null && !persons.add(o.personId())) {
                        throw new BusinessRuleException("ballot.question.candidateTwice", o.label());
                    }
                }
            }
            case RANK -> {
                if (q.options().size() < 2) {
                    throw new BusinessRuleException("ballot.question.noCandidates", q.title());
                }
                if (q.maxPicks() == null || q.maxPicks() < 1) {
                    throw new BusinessRuleException("ballot.validation.maxPicks");
                }
            }
            case SCORE -> {
                if (q.options().isEmpty()) {
                    throw new BusinessRuleException("ballot.question.noItems", q.title());
                }
                int min = q.minScore() == null ? 0 : q.minScore();
                int max = q.maxScore() == null ? 100 : q.maxScore();
                if (min >= max) {
                    throw new BusinessRuleException("ballot.question.scoreRange", q.title());
                }
                for (BallotSpec.OptionSpec o : q.options()) {
                    if (o.weight() != null && o.weight().signum() <= 0) {
                        throw new BusinessRuleException("ballot.validation.weight");
                    }
                }
            }
        }
    }
}
