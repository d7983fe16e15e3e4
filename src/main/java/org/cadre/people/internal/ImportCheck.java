package org.cadre.people.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.cadre.identity.AccessControl;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.Appointments;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.UnitRef;
import org.cadre.people.internal.ImportRows.AssignmentRow;
import org.cadre.people.internal.ImportRows.PersonRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The checking pass of an import: every cell row by row (format, required, closed sets, duplicates within the
 * file), then what needs the database a chunk of rows at a time (units, posts, people, national IDs held by others,
 * the importer's data scope, the rules on the data a row would leave). Changes nothing.
 */
@Component
class ImportCheck {

    private static final int CHUNK = 500;

    private final PersonRepository people;
    private final PersonAccess personAccess;
    private final AccessControl access;
    private final OrganizationQueries organization;
    private final ObjectProvider<Appointments> appointments;
    private final ChoiceLabels labels;
    private final MessageSource messages;

    ImportCheck(PersonRepository people, PersonAccess personAccess, AccessControl access,
                OrganizationQueries organization, ObjectProvider<Appointments> appointments, ChoiceLabels labels,
                MessageSource messages) {
        this.people = people;
        this.personAccess = personAccess;
        this.access = access;
        this.organization = organization;
        this.appointments = appointments;
        this.labels = labels;
        this.messages = messages;
    }

    /** Adds every problem of the file to {@code problems}. */
    void check(OPCPackage pkg, DataScope scope, ImportProblems problems, Locale locale) throws IOException {
        Run run = new Run(scope, problems, locale);
        if (!XlsxRows.read(pkg, sheetNames(ImportSheet.PEOPLE), run::personRow)) {
            problems.add(ImportSheet.PEOPLE, 0, null, "people.import.missingSheet",
                    messages.getMessage(ImportSheet.PEOPLE.nameKey(), null, locale));
            return;
        }
        run.checkPeople();
        XlsxRows.read(pkg, sheetNames(ImportSheet.ASSIGNMENTS), run::assignmentRow);
        run.checkAssignments();
    }

    /** A sheet's name in every language: a file filled in either imports. */
    Set<String> sheetNames(ImportSheet sheet) {
        return ChoiceLabels.LANGUAGES.stream().map(l -> messages.getMessage(sheet.nameKey(), null, l))
                .collect(Collectors.toSet());
    }

    /** The first row must hold the template's headers (in either language), so that no column is shifted. */
    private void checkHeader(ImportSheet sheet, List<String> cells, ImportProblems problems, Locale locale) {
        for (int i = 0; i < sheet.columns().size(); i++) {
            ImportSheet.Column column = sheet.columns().get(i);
            String actual = i < cells.size() ? cells.get(i).replace("*", "").strip() : "";
            boolean matches = ChoiceLabels.LANGUAGES.stream()
                    .anyMatch(l -> messages.getMessage(column.headerKey(), null, l).equalsIgnoreCase(actual));
            if (!matches) {
                problems.add(sheet, 1, column.field(), "people.import.badHeader",
                        messages.getMessage(column.headerKey(), null, locale));
            }
        }
    }

    /** One file's check: what it has seen so far. */
    private final class Run {

        private final DataScope scope;
        private final ImportProblems problems;
        private final Locale locale;
        private final LocalDate today = personAccess.today();
        private final Map<String, Integer> employeeNoRows = new HashMap<>();
        private final Map<String, Integer> nationalIdRows = new HashMap<>();
        private final Map<String, Optional<UnitRef>> units = new HashMap<>();
        private final Map<String, Optional<Long>> posts = new HashMap<>();
        private final List<PersonRow> personChunk = new ArrayList<>();
        private final List<AssignmentRow> assignmentChunk = new ArrayList<>();
        private boolean peopleHeaderOk = true;
        private boolean assignmentsHeaderOk = true;

        Run(DataScope scope, ImportProblems problems, Locale locale) {
            this.scope = scope;
            this.problems = problems;
            this.locale = locale;
        }

        void personRow(int row, List<String> cells) {
            if (row == 1) {
                int before = problems.count();
                checkHeader(ImportSheet.PEOPLE, cells, problems, locale);
                peopleHeaderOk = problems.count() == before;
                return;
            }
            ImportCells c = new ImportCells(ImportSheet.PEOPLE, row, cells, labels, problems, locale);
            if (!peopleHeaderOk || c.blank()) {
                return;
            }
            PersonRow person = ImportRows.person(c);
            String no = person.data().employeeNo();
            if (no != null) {
                Integer first = employeeNoRows.putIfAbsent(no, row);
                if (first != null) {
                    c.problem("employeeNo", "people.import.duplicateInFile", no, first);
                }
            }
            String nationalId = person.data().nationalId();
            if (nationalId != null) {
                Integer first = nationalIdRows.putIfAbsent(nationalId, row);
                if (first != null) {
                    c.problem("nationalId", "people.import.duplicateInFile", nationalId, first);
                }
            }
            personChunk.add(person);
            if (personChunk.size() == CHUNK) {
                checkPeople();
            }
        }

        /** Units, scope, rules on the merged data and national IDs held by others, for the rows read so far. */
        void checkPeople() {
            Map<String, Person> stored = people.findByEmployeeNos(personChunk.stream()
                            .map(r -> r.data().employeeNo()).filter(no -> no != null).toList()).stream()
                    .collect(Collectors.toMap(p -> p.data().employeeNo(), Function.identity()));
            Map<String, PersonRepository.Holder> holders = people.nationalIdHolders(personChunk.stream()
                    .map(r -> r.data().nationalId()).filter(id -> id != null).toList());
            for (PersonRow r : personChunk) {
                Person existing = stored.get(r.data().employeeNo());
                if (existing != null && !personAccess.manages(scope, existing.unitId())) {
                    problem(ImportSheet.PEOPLE, r.row(), "employeeNo", "people.import.personOutsideScope");
                    continue;
                }
                if (r.unitCode() != null) {
                    Optional<UnitRef> unit = unit(r.unitCode());
                    if (unit.isEmpty()) {
                        problem(ImportSheet.PEOPLE, r.row(), "unitCode", "people.import.unknownUnit", r.unitCode());
                    } else if (!personAccess.reachesUnit(scope, unit.get().id())) {
                        problem(ImportSheet.PEOPLE, r.row(), "unitCode", "people.unit.outsideScope");
                    }
                }
                PersonData merged = existing == null ? r.data() : ImportRows.merge(r.data(), existing.data());
                for (Violation v : PersonRules.check(merged.withDefaults(), today)) {
                    problem(ImportSheet.PEOPLE, r.row(), v.field(), v.messageKey(), v.arguments());
                }
                PersonRepository.Holder holder = r.data().nationalId() == null ? null
                        : holders.get(r.data().nationalId());
                if (holder != null && !holder.employeeNo().equals(r.data().employeeNo())) {
                    Violation taken = personAccess.nationalIdTaken(holder);
                    problem(ImportSheet.PEOPLE, r.row(), taken.field(), taken.messageKey(), taken.arguments());
                }
            }
            personChunk.clear();
        }

        void assignmentRow(int row, List<String> cells) {
            if (row == 1) {
                int before = problems.count();
                checkHeader(ImportSheet.ASSIGNMENTS, cells, problems, locale);
                assignmentsHeaderOk = problems.count() == before;
                return;
            }
            ImportCells c = new ImportCells(ImportSheet.ASSIGNMENTS, row, cells, labels, problems, locale);
            if (!assignmentsHeaderOk || c.blank()) {
                return;
            }
            assignmentChunk.add(ImportRows.assignment(c));
            if (assignmentChunk.size() == CHUNK) {
                checkAssignments();
            }
        }

        /** People known (in this file or stored, within scope), units, posts and the right to appoint. */
        void checkAssignments() {
            if (assignmentChunk.isEmpty()) {
                return;
            }
            Appointments appointing = appointments.getIfAvailable();
            DataScope appointScope = access.scopeFor(Permissions.ASSIGNMENT_MANAGE);
            Map<String, Person> stored = people.findByEmployeeNos(assignmentChunk.stream()
                            .map(AssignmentRow::employeeNo)
                            .filter(no -> no != null && !employeeNoRows.containsKey(no)).toList()).stream()
                    .collect(Collectors.toMap(p -> p.data().employeeNo(), Function.identity()));
            for (AssignmentRow r : assignmentChunk) {
                if (appointing == null) {
                    problem(ImportSheet.ASSIGNMENTS, r.row(), null, "people.import.appointmentsUnavailable");
                    continue;
                }
                if (r.employeeNo() != null && !employeeNoRows.containsKey(r.employeeNo())) {
                    Person person = stored.get(r.employeeNo());
                    if (person == null || !personAccess.manages(scope, person.unitId())) {
                        problem(ImportSheet.ASSIGNMENTS, r.row(), "employeeNo", "people.import.unknownPerson",
                                r.employeeNo());
                    }
                }
                if (r.unitCode() == null) {
                    continue;
                }
                Optional<UnitRef> unit = unit(r.unitCode());
                if (unit.isEmpty()) {
                    problem(ImportSheet.ASSIGNMENTS, r.row(), "unitCode", "people.import.unknownUnit", r.unitCode());
                } else if (appointScope.isEmpty() || !personAccess.reachesUnit(appointScope, unit.get().id())) {
                    problem(ImportSheet.ASSIGNMENTS, r.row(), "unitCode", "people.import.appointOutsideScope");
                } else if (r.postTitle() != null && post(appointing, unit.get().id(), r.postTitle()).isEmpty()) {
                    problem(ImportSheet.ASSIGNMENTS, r.row(), "postTitle", "people.import.unknownPost",
                            r.postTitle(), r.unitCode());
                }
                if (r.decisionDate() != null && r.effectiveDate() != null
                        && r.decisionDate().isAfter(r.effectiveDate())) {
                    problem(ImportSheet.ASSIGNMENTS, r.row(), "decisionDate", "people.import.decisionAfterEffective");
                }
            }
            assignmentChunk.clear();
        }

        private Optional<UnitRef> unit(String code) {
            return units.computeIfAbsent(code, k -> organization.findUnitByCode(k, today));
        }

        private Optional<Long> post(Appointments appointing, long unitId, String title) {
            return posts.computeIfAbsent(unitId + "\u0000" + title, k -> appointing.findPostId(unitId, title));
        }

        private void problem(ImportSheet sheet, int row, String field, String key, Object... args) {
            problems.add(sheet, row, field, key, args);
        }
    }
}
