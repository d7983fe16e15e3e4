package org.cadre.people.internal;

import java.time.LocalDate;

import org.cadre.people.Age;
import org.cadre.people.EducationLevel;
import org.cadre.people.Gender;
import org.cadre.people.PersonStatus;
import org.cadre.people.PoliticalAffiliation;

/**
 * A person as the JSON API returns them.
 *
 * @param nationalId       masked ({@code 3201**********1234}) unless the caller holds people:national-id
 * @param nationalIdMasked whether it is
 * @param version          send it back with an update
 */
record PersonView(long id, String employeeNo, String name, Gender gender, LocalDate birthDate, int age,
                  String ethnicity, String nativePlace, String birthplace, PoliticalAffiliation politicalAffiliation,
                  LocalDate partyJoinDate, LocalDate workStartDate, LocalDate companyJoinDate,
                  EducationLevel fulltimeEducation, Degree fulltimeDegree, String fulltimeSchool, String fulltimeMajor,
                  EducationLevel inserviceEducation, Degree inserviceDegree, String inserviceSchool,
                  String inserviceMajor, EducationLevel highestEducation, String professionalTitle,
                  TitleGrade titleGrade, String nationalId, boolean nationalIdMasked, String phone,
                  PersonStatus status, long unitId, String unitName, int version) {

    static PersonView of(Person p, boolean revealNationalId, String unitName, LocalDate today) {
        PersonData d = p.data();
        return new PersonView(p.id(), d.employeeNo(), d.name(), d.gender(), d.birthDate(),
                Age.on(d.birthDate(), today), d.ethnicity(), d.nativePlace(), d.birthplace(),
                d.politicalAffiliation(), d.partyJoinDate(), d.workStartDate(), d.companyJoinDate(),
                d.fulltimeEducation(), d.fulltimeDegree(), d.fulltimeSchool(), d.fulltimeMajor(),
                d.inserviceEducation(), d.inserviceDegree(), d.inserviceSchool(), d.inserviceMajor(),
                d.highestEducation(), d.professionalTitle(), d.titleGrade(),
                revealNationalId ? d.nationalId() : p.maskedNationalId(), !revealNationalId && d.nationalId() != null,
                d.phone(), p.status(), p.unitId(), unitName, p.version());
    }
}
