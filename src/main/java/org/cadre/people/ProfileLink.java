package org.cadre.people;

import java.util.Optional;

/**
 * A link another module adds to a person's profile (their assessment results, their ballots…), so that the profile
 * can show what other modules know of the person without the people module depending on them. Implementations are
 * beans; each decides, for the signed-in user, whether the link applies (permission, data scope).
 */
public interface ProfileLink {

    /** The link for this person as the current user may follow it, or empty. */
    Optional<Link> forPerson(long personId);

    /**
     * @param messageKey the link's text, a message key of the module that adds it
     * @param url        where it leads, relative to the application, e.g. {@code /assessment/people/12}
     * @param id         a stable element id for the link, e.g. {@code assessment-results}
     */
    record Link(String messageKey, String url, String id) {
    }
}
