package org.cadre.people.internal;

import java.time.LocalDate;

import org.cadre.people.EducationLevel;
import org.cadre.people.Gender;
import org.cadre.people.PersonStatus;
import org.cadre.people.PoliticalAffiliation;
import org.cadre.people.internal.ImportSheet.AssignmentKind;

/** The rows of the import file as typed values, and how a row updates a stored person. */
final class ImportRows {

    private ImportRows() {
    }

    /** A person's row as read: the fields (absent where the cell is empty), unit code and status. */
    record PersonRow(int row, PersonData data, String unitCode, PersonStatus status) {
    }

    record AssignmentRow(int row, String employeeNo, String unitCode, String postTitle, AssignmentKind kind,
                                 LocalDate effectiveDate, String decisionBody, LocalDate decisionDate,
                                 String documentNo, String overCountReason) {
    }

    static PersonRow person(ImportCells c) {
        PersonData data = new PersonData(c.text("employeeNo"), c.text("name"),
                c.choice("gender", Gender.class), c.date("birthDate"), c.text("ethnicity"),
                c.text("nativePlace"), c.text("birthplace"),
                c.choice("politicalAffiliation", PoliticalAffiliation.class),
                c.date("partyJoinDate"), c.date("workStartDate"), c.date("companyJoinDate"),
                c.choice("fulltimeEducation", EducationLevel.class),
                c.choice("fulltimeDegree", Degree.class), c.text("fulltimeSchool"), c.text("fulltimeMajor"),
                c.choice("inserviceEducation", EducationLevel.class),
                c.choice("inserviceDegree", Degree.class), c.text("inserviceSchool"), c.text("inserviceMajor"),
                c.choice("highestEducation", EducationLevel.class), c.text("professionalTitle"),
                c.choice("titleGrade", TitleGrade.class), c.text("nationalId"), c.text("phone"), null, null);
        return new PersonRow(c.row(), data, c.text("unitCode"), c.choice("status", PersonStatus.class));
    }

    static AssignmentRow assignment(ImportCells c) {
        return new AssignmentRow(c.row(), c.text("employeeNo"), c.text("unitCode"), c.text("postTitle"),
                c.choice("assignmentKind", AssignmentKind.class), c.date("effectiveDate"), c.text("decisionBody"),
                c.date("decisionDate"), c.text("documentNo"), c.text("overCountReason"));
    }

    /** The stored fields with the row's non-empty cells laid over them. */
    static PersonData merge(PersonData row, PersonData stored) {
        return new PersonData(row.employeeNo(), pick(row.name(), stored.name()), pick(row.gender(), stored.gender()),
                pick(row.birthDate(), stored.birthDate()), pick(row.ethnicity(), stored.ethnicity()),
                pick(row.nativePlace(), stored.nativePlace()), pick(row.birthplace(), stored.birthplace()),
                pick(row.politicalAffiliation(), stored.politicalAffiliation()),
                pick(row.partyJoinDate(), stored.partyJoinDate()), pick(row.workStartDate(), stored.workStartDate()),
                pick(row.companyJoinDate(), stored.companyJoinDate()),
                pick(row.fulltimeEducation(), stored.fulltimeEducation()),
                pick(row.fulltimeDegree(), stored.fulltimeDegree()),
                pick(row.fulltimeSchool(), stored.fulltimeSchool()), pick(row.fulltimeMajor(), stored.fulltimeMajor()),
                pick(row.inserviceEducation(), stored.inserviceEducation()),
                pick(row.inserviceDegree(), stored.inserviceDegree()),
                pick(row.inserviceSchool(), stored.inserviceSchool()),
                pick(row.inserviceMajor(), stored.inserviceMajor()),
                pick(row.highestEducation(), stored.highestEducation()),
                pick(row.professionalTitle(), stored.professionalTitle()),
                pick(row.titleGrade(), stored.titleGrade()), pick(row.nationalId(), stored.nationalId()),
                pick(row.phone(), stored.phone()), stored.unitId(), stored.version());
    }

    private static <T> T pick(T value, T stored) {
        return value != null ? value : stored;
    }
}
