package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.cadre.organization.PostLevel;

/**
 * The succession view (接替人选): a key post, its incumbents with their term ends, and the reserve cadres who could
 * succeed, ranked by readiness, then by who was nominated first.
 */
public final class Succession {

    /** A reserve cadre who could take the post. */
    public record Successor(long entryId, long personId, String name, Readiness readiness, LocalDate nominatedOn,
                            ReserveState state, boolean forThisPost) {
    }

    public record Incumbent(long personId, String name, LocalDate since, LocalDate termEnds, boolean termRecorded) {
    }

    public record Row(long postId, String postTitle, PostLevel level, long unitId, String unitName,
                      List<Incumbent> incumbents, List<Successor> successors) {

        /** No successor ready now: the post stands out. */
        public boolean lacksReadySuccessor() {
            return successors.stream().noneMatch(s -> s.readiness() == Readiness.READY_NOW);
        }

        public boolean vacant() {
            return incumbents.isEmpty();
        }
    }

    /** Most ready first; among equals the earlier nomination, then the earlier entry. */
    public static final Comparator<Successor> RANKING = Comparator.comparing(Successor::readiness)
            .thenComparing(Successor::nominatedOn).thenComparingLong(Successor::entryId);

    private Succession() {
    }

    public static List<Successor> rank(List<Successor> successors) {
        return successors.stream().sorted(RANKING).toList();
    }
}
