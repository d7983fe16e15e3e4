package org.cadre.people;

import java.time.LocalDate;
import java.util.List;

import org.cadre.organization.CurrentPost;

/** One line of the roster, as of the roster's date: the person's unit and the posts they held that day. */
public record RosterRow(long id, String employeeNo, String name, Gender gender, LocalDate birthDate, int age,
                        long unitId, String unitName, List<CurrentPost> posts, EducationLevel highestEducation,
                        PoliticalAffiliation politicalAffiliation, String professionalTitle, PersonStatus status,
                        LocalDate companyJoinDate) {
}
