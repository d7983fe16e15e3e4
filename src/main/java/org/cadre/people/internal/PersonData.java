package org.cadre.people.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadre.people.EducationLevel;
import org.cadre.people.Gender;
import org.cadre.people.PoliticalAffiliation;
import org.cadre.shared.Text;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The standard personnel fields (DOMAIN §1) as a person is created or edited, in the form, the API and the import.
 * Text is trimmed and blank text counts as absent.
 *
 * @param nationalId absent on an edit keeps the stored number (it is shown masked, so forms start empty)
 * @param unitId     the home unit of a new person; an existing person changes unit by a move, with a date
 * @param version    the version that was read, for an edit: a concurrent change is refused, not overwritten
 */
public record PersonData(
        @NotBlank(message = "{people.field.required}") @Size(max = 32, message = "{people.field.tooLong}")
        @Pattern(regexp = "[A-Za-z0-9_.\\-]*", message = "{people.employeeNo.pattern}") String employeeNo,
        @NotBlank(message = "{people.field.required}") @Size(max = 50, message = "{people.field.tooLong}") String name,
        @NotNull(message = "{people.field.required}") Gender gender,
        @NotNull(message = "{people.field.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate birthDate,
        @Size(max = 30, message = "{people.field.tooLong}") String ethnicity,
        @Size(max = 60, message = "{people.field.tooLong}") String nativePlace,
        @Size(max = 60, message = "{people.field.tooLong}") String birthplace,
        PoliticalAffiliation politicalAffiliation,
        @DateTimeFormat(iso = ISO.DATE) LocalDate partyJoinDate,
        @DateTimeFormat(iso = ISO.DATE) LocalDate workStartDate,
        @DateTimeFormat(iso = ISO.DATE) LocalDate companyJoinDate,
        EducationLevel fulltimeEducation,
        Degree fulltimeDegree,
        @Size(max = 100, message = "{people.field.tooLong}") String fulltimeSchool,
        @Size(max = 100, message = "{people.field.tooLong}") String fulltimeMajor,
        EducationLevel inserviceEducation,
        Degree inserviceDegree,
        @Size(max = 100, message = "{people.field.tooLong}") String inserviceSchool,
        @Size(max = 100, message = "{people.field.tooLong}") String inserviceMajor,
        EducationLevel highestEducation,
        @Size(max = 60, message = "{people.field.tooLong}") String professionalTitle,
        TitleGrade titleGrade,
        @Size(max = 18, message = "{people.field.tooLong}") String nationalId,
        @Size(max = 30, message = "{people.field.tooLong}")
        @Pattern(regexp = "[0-9+\\- ()]*", message = "{people.phone.pattern}") String phone,
        Long unitId,
        Integer version) {

    public PersonData {
        employeeNo = Text.blankToNull(employeeNo);
        name = Text.blankToNull(name);
        ethnicity = Text.blankToNull(ethnicity);
        nativePlace = Text.blankToNull(nativePlace);
        birthplace = Text.blankToNull(birthplace);
        fulltimeSchool = Text.blankToNull(fulltimeSchool);
        fulltimeMajor = Text.blankToNull(fulltimeMajor);
        inserviceSchool = Text.blankToNull(inserviceSchool);
        inserviceMajor = Text.blankToNull(inserviceMajor);
        professionalTitle = Text.blankToNull(professionalTitle);
        nationalId = NationalId.normalize(Text.blankToNull(nationalId));
        phone = Text.blankToNull(phone);
    }

    /** Political affiliation defaults to the masses (群众); highest education to the higher of the two recorded. */
    PersonData withDefaults() {
        return new PersonData(employeeNo, name, gender, birthDate, ethnicity, nativePlace, birthplace,
                politicalAffiliation == null ? PoliticalAffiliation.MASSES : politicalAffiliation, partyJoinDate,
                workStartDate, companyJoinDate, fulltimeEducation, fulltimeDegree, fulltimeSchool, fulltimeMajor,
                inserviceEducation, inserviceDegree, inserviceSchool, inserviceMajor,
                highestEducation != null ? highestEducation
                        : EducationLevel.higher(fulltimeEducation, inserviceEducation),
                professionalTitle, titleGrade, nationalId, phone, unitId, version);
    }

    PersonData withNationalId(String id) {
        return new PersonData(employeeNo, name, gender, birthDate, ethnicity, nativePlace, birthplace,
                politicalAffiliation, partyJoinDate, workStartDate, companyJoinDate, fulltimeEducation, fulltimeDegree,
                fulltimeSchool, fulltimeMajor, inserviceEducation, inserviceDegree, inserviceSchool, inserviceMajor,
                highestEducation, professionalTitle, titleGrade, id, phone, unitId, version);
    }

    PersonData withUnitAndVersion(Long unit, Integer ver) {
        return new PersonData(employeeNo, name, gender, birthDate, ethnicity, nativePlace, birthplace,
                politicalAffiliation, partyJoinDate, workStartDate, companyJoinDate, fulltimeEducation, fulltimeDegree,
                fulltimeSchool, fulltimeMajor, inserviceEducation, inserviceDegree, inserviceSchool, inserviceMajor,
                highestEducation, professionalTitle, titleGrade, nationalId, phone, unit, ver);
    }

    /** An empty form for a new person. */
    static PersonData blank() {
        return new PersonData(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
