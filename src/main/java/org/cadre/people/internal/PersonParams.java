package org.cadre.people.internal;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The columns of people_person as named parameters, enums by name. */
class PersonParams extends MapSqlParameterSource {

    PersonParams(PersonData d) {
        addValue("employeeNo", d.employeeNo());
        addValue("name", d.name());
        addValue("gender", Enums.name(d.gender()));
        addValue("birthDate", d.birthDate());
        addValue("ethnicity", d.ethnicity());
        addValue("nativePlace", d.nativePlace());
        addValue("birthplace", d.birthplace());
        addValue("politicalAffiliation", Enums.name(d.politicalAffiliation()));
        addValue("partyJoinDate", d.partyJoinDate());
        addValue("workStartDate", d.workStartDate());
        addValue("companyJoinDate", d.companyJoinDate());
        addValue("fulltimeEducation", Enums.name(d.fulltimeEducation()));
        addValue("fulltimeDegree", Enums.name(d.fulltimeDegree()));
        addValue("fulltimeSchool", d.fulltimeSchool());
        addValue("fulltimeMajor", d.fulltimeMajor());
        addValue("inserviceEducation", Enums.name(d.inserviceEducation()));
        addValue("inserviceDegree", Enums.name(d.inserviceDegree()));
        addValue("inserviceSchool", d.inserviceSchool());
        addValue("inserviceMajor", d.inserviceMajor());
        addValue("highestEducation", Enums.name(d.highestEducation()));
        addValue("professionalTitle", d.professionalTitle());
        addValue("titleGrade", Enums.name(d.titleGrade()));
        addValue("nationalId", d.nationalId());
        addValue("phone", d.phone());
    }
}
