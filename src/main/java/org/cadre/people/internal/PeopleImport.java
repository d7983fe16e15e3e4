package org.cadre.people.internal;

import java.io.IOException;
import java.nio.file.Path;
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

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.AppointmentRequest;
import org.cadre.organization.Appointments;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.UnitRef;
import org.cadre.people.PersonStatus;
import org.cadre.people.internal.ImportProblems.Problem;
import org.cadre.people.internal.ImportSheet.AssignmentKind;
import org.cadre.shared.BusinessRuleException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports people and their assignments from the .xlsx template. First every row of both sheets is read and checked
 * (cells, rules, units, posts, duplicates in the file, national IDs held by others, the importer's data scope) and
 * every problem reported; only a file without any is applied, in one transaction: a person whose employee number
 * exists is updated (empty cells keep what is stored), others are created, then the assignments are made. Should
 * anything still fail while applying, everything rolls back and the row is reported. The file is read twice,
 * streaming, so memory does not grow with its size.
 */
@Service
class PeopleImport {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int CHUNK = 500;

    public record Outcome(List<Problem> problems, int problemCount, int created, int updated, int unchanged, int appointed) {

        public boolean succeeded() {
            return problemCount == 0;
        }

        static Outcome failed(ImportProblems problems) {
            return new Outcome(problems.kept(), problems.count(), 0, 0, 0, 0);
        }
    }

    private final PersonRepository people;
    private final PersonChanges changes;
    private final PersonAccess personAccess;
    private final AccessControl access;
    private final OrganizationQueries organization;
    private final ObjectProvider<Appointments> appointments;
    private final ChoiceLabels labels;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    PeopleImport(PersonRepository people, PersonChanges changes, PersonAccess personAccess, AccessControl access,
                 OrganizationQueries organization, ObjectProvider<Appointments> appointments, ChoiceLabels labels,
                 MessageSource messages, TransactionTemplate transactions, AuditLog audit) {
        this.people = people;
        this.changes = changes;
        this.personAccess = personAccess;
        this.access = access;
        this.organization = organization;
        this.appointments = appointments;
        this.labels = labels;
        this.messages = messages;
        this.transactions = transactions;
        this.audit = audit;
    }

    Outcome run(Path file, DataScope scope, Locale locale) {
        ImportProblems problems = new ImportProblems();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Check check = new Check(scope, problems, locale);
            if (!XlsxRows.read(pkg, sheetNames(ImportSheet.PEOPLE), check::personRow)) {
                problems.add(ImportSheet.PEOPLE, 0, null, "people.import.missingSheet",
                        messages.getMessage(ImportSheet.PEOPLE.nameKey(), null, locale));
                return Outcome.failed(problems);
            }
            check.checkPeople();
            XlsxRows.read(pkg, sheetNames(ImportSheet.ASSIGNMENTS), check::assignmentRow);
            check.checkAssignments();
            if (problems.any()) {
                return Outcome.failed(problems);
            }
            return apply(pkg, scope, locale);
        } catch (IOException | InvalidFormatException | UnsupportedFileFormatException | POIXMLException
                 | InvalidOperationException e) {
            problems.add(ImportSheet.PEOPLE, 0, null, "people.import.unreadable");
            return Outcome.failed(problems);
        }
    }

    private Set<String> sheetNames(ImportSheet sheet) {
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

    /** A person's row as read: the fields (absent where the cell is empty), unit code and status. */
    private record PersonRow(int row, PersonData data, String unitCode, PersonStatus status) {
    }

    private record AssignmentRow(int row, String employeeNo, String unitCode, String postTitle, AssignmentKind kind,
                                 LocalDate effectiveDate, String decisionBody, LocalDate decisionDate,
                                 String documentNo, String overCountReason) {
    }

    private PersonRow readPerson(ImportCells c) {
        PersonData data = new PersonData(c.text("employeeNo"), c.text("name"),
                c.choice("gender", org.cadre.people.Gender.class), c.date("birthDate"), c.text("ethnicity"),
                c.text("nativePlace"), c.text("birthplace"),
                c.choice("politicalAffiliation", org.cadre.people.PoliticalAffiliation.class),
                c.date("partyJoinDate"), c.date("workStartDate"), c.date("companyJoinDate"),
                c.choice("fulltimeEducation", org.cadre.people.EducationLevel.class),
                c.choice("fulltimeDegree", Degree.class), c.text("fulltimeSchool"), c.text("fulltimeMajor"),
                c.choice("inserviceEducation", org.cadre.people.EducationLevel.class),
                c.choice("inserviceDegree", Degree.class), c.text("inserviceSchool"), c.text("inserviceMajor"),
                c.choice("highestEducation", org.cadre.people.EducationLevel.class), c.text("professionalTitle"),
                c.choice("titleGrade", TitleGrade.class), c.text("nationalId"), c.text("phone"), null, null);
        return new PersonRow(c.row(), data, c.text("unitCode"), c.choice("status", PersonStatus.class));
    }

    private AssignmentRow readAssignment(ImportCells c) {
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

    /** The checking pass: cells row by row, then what needs the database a chunk of rows at a time. */
    private final class Check {

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

        Check(DataScope scope, ImportProblems problems, Locale locale) {
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
            PersonRow person = readPerson(c);
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
            Map<String, String> holders = people.nationalIdHolders(personChunk.stream()
                    .map(r -> r.data().nationalId()).filter(id -> id != null).toList());
            for (PersonRow r : personChunk) {
                Person existing = stored.get(r.data().employeeNo());
                if (existing != null && !personAccess.reaches(scope, existing.id(), existing.unitId())) {
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
                PersonData merged = existing == null ? r.data() : merge(r.data(), existing.data());
                for (Violation v : PersonRules.check(merged.withDefaults(), today)) {
                    problem(ImportSheet.PEOPLE, r.row(), v.field(), v.messageKey(), v.arguments());
                }
                String holder = r.data().nationalId() == null ? null : holders.get(r.data().nationalId());
                if (holder != null && !holder.equals(r.data().employeeNo())) {
                    problem(ImportSheet.PEOPLE, r.row(), "nationalId", "people.nationalId.taken", holder);
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
            assignmentChunk.add(readAssignment(c));
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
                    if (person == null || !personAccess.reaches(scope, person.id(), person.unitId())) {
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

    /** The applying pass, in one transaction; the first failure rolls everything back and is reported. */
    private Outcome apply(OPCPackage pkg, DataScope scope, Locale locale) {
        LocalDate today = personAccess.today();
        ImportProblems problems = new ImportProblems();
        int[] counts = new int[4];
        ImportSheet[] sheet = {ImportSheet.PEOPLE};
        int[] row = {0};
        Map<String, Long> unitIds = new HashMap<>();
        Function<String, Long> unitId = code -> unitIds.computeIfAbsent(code,
                k -> organization.findUnitByCode(k, today).orElseThrow().id());
        return transactions.execute(status -> {
            try {
                XlsxRows.read(pkg, sheetNames(ImportSheet.PEOPLE), (n, cells) -> {
                    ImportCells c = new ImportCells(ImportSheet.PEOPLE, n, cells, labels, problems, locale);
                    if (n > 1 && !c.blank()) {
                        row[0] = n;
                        counts[applyPerson(readPerson(c), unitId, scope, today)]++;
                    }
                });
                sheet[0] = ImportSheet.ASSIGNMENTS;
                XlsxRows.read(pkg, sheetNames(ImportSheet.ASSIGNMENTS), (n, cells) -> {
                    ImportCells c = new ImportCells(ImportSheet.ASSIGNMENTS, n, cells, labels, problems, locale);
                    if (n > 1 && !c.blank()) {
                        row[0] = n;
                        appoint(readAssignment(c), unitId);
                        counts[3]++;
                    }
                });
                audit.record("people.imported", "roster", null, "created " + counts[0] + ", updated " + counts[1]
                        + ", unchanged " + counts[2] + ", appointed " + counts[3], null, null);
                return new Outcome(List.of(), 0, counts[0], counts[1], counts[2], counts[3]);
            } catch (PersonViolations e) {
                status.setRollbackOnly();
                e.violations().forEach(v -> problems.add(sheet[0], row[0], v.field(), v.messageKey(), v.arguments()));
            } catch (BusinessRuleException e) {
                status.setRollbackOnly();
                problems.add(sheet[0], row[0], e.field(), e.messageKey(), e.arguments());
            } catch (AccessDeniedException e) {
                status.setRollbackOnly();
                problems.add(sheet[0], row[0], null, "error.forbidden");
            } catch (DataAccessException | IOException e) {
                status.setRollbackOnly();
                problems.add(sheet[0], row[0], null, "people.import.applyFailed");
            }
            return Outcome.failed(problems);
        });
    }

    /** @return 0 created, 1 updated, 2 unchanged */
    private int applyPerson(PersonRow r, Function<String, Long> unitIdOf, DataScope scope, LocalDate today) {
        long unitId = unitIdOf.apply(r.unitCode());
        Optional<Person> existing = people.findByEmployeeNo(r.data().employeeNo());
        if (existing.isEmpty()) {
            long id = changes.create(r.data().withUnitAndVersion(unitId, null), scope);
            if (r.status() != null && r.status() != PersonStatus.ACTIVE) {
                changes.changeStatus(id, r.status(), scope);
            }
            return 0;
        }
        Person person = existing.get();
        PersonData merged = merge(r.data(), person.data()).withDefaults();
        boolean dataChanged = !merged.withUnitAndVersion(null, null)
                .equals(person.data().withUnitAndVersion(null, null));
        boolean moved = person.unitId() != unitId;
        boolean statusChanged = r.status() != null && r.status() != person.status();
        if (dataChanged) {
            changes.update(person.id(), merged.withUnitAndVersion(null, person.version()), scope);
        }
        if (moved) {
            changes.moveHomeUnit(person.id(), unitId, today, false);
        }
        if (statusChanged) {
            changes.changeStatus(person.id(), r.status(), scope);
        }
        return dataChanged || moved || statusChanged ? 1 : 2;
    }

    private void appoint(AssignmentRow r, Function<String, Long> unitIdOf) {
        Appointments appointing = appointments.getObject();
        long personId = people.findByEmployeeNo(r.employeeNo()).orElseThrow().id();
        long postId = appointing.findPostId(unitIdOf.apply(r.unitCode()), r.postTitle()).orElseThrow();
        appointing.appoint(new AppointmentRequest(personId, postId, r.kind() == AssignmentKind.PRIMARY,
                r.effectiveDate(), r.decisionBody(), r.decisionDate(), r.documentNo(), r.overCountReason()));
    }
}
