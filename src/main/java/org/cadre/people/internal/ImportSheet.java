package org.cadre.people.internal;

import java.util.List;

import org.cadre.people.EducationLevel;
import org.cadre.people.Gender;
import org.cadre.people.PersonStatus;
import org.cadre.people.PoliticalAffiliation;

/**
 * The two sheets of the import file and their columns, in order. The template writes them, the import reads them;
 * headers and sheet names are accepted in either language, so a file filled in Chinese imports for an English user.
 */
enum ImportSheet {

    PEOPLE(List.of(
            Column.text("employeeNo", true, 32),
            Column.text("name", true, 50),
            Column.choice("gender", true, Gender.class),
            Column.date("birthDate", true),
            Column.text("unitCode", true, 32),
            Column.text("nationalId", false, 18),
            Column.text("ethnicity", false, 30),
            Column.text("nativePlace", false, 60),
            Column.text("birthplace", false, 60),
            Column.choice("politicalAffiliation", false, PoliticalAffiliation.class),
            Column.date("partyJoinDate", false),
            Column.date("workStartDate", false),
            Column.date("companyJoinDate", false),
            Column.choice("fulltimeEducation", false, EducationLevel.class),
            Column.choice("fulltimeDegree", false, Degree.class),
            Column.text("fulltimeSchool", false, 100),
            Column.text("fulltimeMajor", false, 100),
            Column.choice("inserviceEducation", false, EducationLevel.class),
            Column.choice("inserviceDegree", false, Degree.class),
            Column.text("inserviceSchool", false, 100),
            Column.text("inserviceMajor", false, 100),
            Column.choice("highestEducation", false, EducationLevel.class),
            Column.text("professionalTitle", false, 60),
            Column.choice("titleGrade", false, TitleGrade.class),
            Column.text("phone", false, 30),
            Column.choice("status", false, PersonStatus.class))),

    ASSIGNMENTS(List.of(
            Column.text("employeeNo", true, 32),
            Column.text("unitCode", true, 32),
            Column.text("postTitle", true, 100),
            Column.choice("assignmentKind", true, AssignmentKind.class),
            Column.date("effectiveDate", true),
            Column.text("decisionBody", false, 100),
            Column.date("decisionDate", false),
            Column.text("documentNo", false, 100),
            Column.text("overCountReason", false, 500)));

    private final List<Column> columns;

    ImportSheet(List<Column> columns) {
        this.columns = columns;
    }

    List<Column> columns() {
        return columns;
    }

    boolean hasColumn(String field) {
        return columns.stream().anyMatch(c -> c.field().equals(field));
    }

    int index(String field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException(field);
    }

    String nameKey() {
        return "people.import.sheet." + name();
    }

    /** 主职 or 兼职: the assignment kinds an import names. */
    enum AssignmentKind {
        PRIMARY, CONCURRENT
    }

    /**
     * @param field     the field it fills, also naming its header: {@code people.field.<field>}
     * @param choices   the closed set its value comes from (by label in either language, or by constant)
     */
    record Column(String field, boolean required, Kind kind, int maxLength, Class<? extends Enum<?>> choices) {

        enum Kind { TEXT, DATE, CHOICE }

        static Column text(String field, boolean required, int maxLength) {
            return new Column(field, required, Kind.TEXT, maxLength, null);
        }

        static Column date(String field, boolean required) {
            return new Column(field, required, Kind.DATE, 0, null);
        }

        static Column choice(String field, boolean required, Class<? extends Enum<?>> choices) {
            return new Column(field, required, Kind.CHOICE, 0, choices);
        }

        String headerKey() {
            return "people.field." + field;
        }
    }
}
