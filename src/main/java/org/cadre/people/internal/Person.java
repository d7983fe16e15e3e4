package org.cadre.people.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cadre.people.PersonStatus;

/** A person as stored: the personnel fields, status, current home unit and the version for optimistic locking. */
public record Person(long id, PersonData data, PersonStatus status, long unitId, int version) {

    public String maskedNationalId() {
        return NationalId.mask(data.nationalId());
    }

    /** The state written to the audit log: every field, but the national ID only masked. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        PersonData d = data;
        state.put("employeeNo", d.employeeNo());
        state.put("name", d.name());
        state.put("gender", d.gender());
        state.put("birthDate", d.birthDate());
        state.put("ethnicity", d.ethnicity());
        state.put("nativePlace", d.nativePlace());
        state.put("birthplace", d.birthplace());
        state.put("politicalAffiliation", d.politicalAffiliation());
        state.put("partyJoinDate", d.partyJoinDate());
        state.put("workStartDate", d.workStartDate());
        state.put("companyJoinDate", d.companyJoinDate());
        state.put("fulltimeEducation", d.fulltimeEducation());
        state.put("fulltimeDegree", d.fulltimeDegree());
        state.put("fulltimeSchool", d.fulltimeSchool());
        state.put("fulltimeMajor", d.fulltimeMajor());
        state.put("inserviceEducation", d.inserviceEducation());
        state.put("inserviceDegree", d.inserviceDegree());
        state.put("inserviceSchool", d.inserviceSchool());
        state.put("inserviceMajor", d.inserviceMajor());
        state.put("highestEducation", d.highestEducation());
        state.put("professionalTitle", d.professionalTitle());
        state.put("titleGrade", d.titleGrade());
        state.put("nationalId", maskedNationalId());
        state.put("phone", d.phone());
        state.put("status", status);
        state.put("unitId", unitId);
        state.put("version", version);
        return state;
    }
}
