package org.cadre.people;

import java.time.LocalDate;
import java.util.Set;

import org.cadre.organization.PostLevel;
import org.cadre.shared.Text;

/**
 * What the roster shows: the people as they were on {@code asOf} (their unit that day, having joined the company by
 * then), narrowed by any of the filters; a null filter does not narrow.
 *
 * @param unitId          a unit, with its subunits unless {@code unitOnly}
 * @param postLevels      people holding a post of one of these levels on {@code asOf}
 * @param ageFrom         at least this old on {@code asOf}
 * @param ageTo           at most this old on {@code asOf}
 * @param titleContains   part of the professional title
 * @param text            part of the name or employee number
 */
public record RosterFilter(LocalDate asOf, Long unitId, boolean unitOnly, Set<PostLevel> postLevels,
                           Integer ageFrom, Integer ageTo, Gender gender, EducationLevel education,
                           PoliticalAffiliation politicalAffiliation, String titleContains, PersonStatus status,
                           String text, RosterSort sort, boolean descending) {

    public RosterFilter {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf is required");
        }
        postLevels = postLevels == null ? Set.of() : Set.copyOf(postLevels);
        titleContains = Text.blankToNull(titleContains);
        text = Text.blankToNull(text);
        sort = sort == null ? RosterSort.NAME : sort;
    }

    /** Everybody on {@code asOf}, sorted by name. */
    public static RosterFilter everybody(LocalDate asOf) {
        return new RosterFilter(asOf, null, false, Set.of(), null, null, null, null, null, null, null, null,
                RosterSort.NAME, false);
    }

    public RosterFilter withUnit(Long unit, boolean only) {
        return new RosterFilter(asOf, unit, only, postLevels, ageFrom, ageTo, gender, education,
                politicalAffiliation, titleContains, status, text, sort, descending);
    }

    public RosterFilter withText(String search) {
        return new RosterFilter(asOf, unitId, unitOnly, postLevels, ageFrom, ageTo, gender, education,
                politicalAffiliation, titleContains, status, search, sort, descending);
    }

    public RosterFilter sortedBy(RosterSort column, boolean desc) {
        return new RosterFilter(asOf, unitId, unitOnly, postLevels, ageFrom, ageTo, gender, education,
                politicalAffiliation, titleContains, status, text, column, desc);
    }
}
