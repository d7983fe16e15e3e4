package org.cadre.people.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.organization.AppointmentRequest;
import org.cadre.organization.Appointments;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.PersonStatus;
import org.cadre.people.internal.ImportProblems.Problem;
import org.cadre.people.internal.ImportRows.AssignmentRow;
import org.cadre.people.internal.ImportRows.PersonRow;
import org.cadre.people.internal.ImportSheet.AssignmentKind;
import org.cadre.shared.BusinessRuleException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports people and their assignments from the .xlsx template. First {@link ImportCheck} reads and checks every
 * row of both sheets and reports every problem; only a file without any is applied, in one transaction: a person
 * whose employee number exists is updated (empty cells keep what is stored), others are created, then the
 * assignments are made. Should anything still fail while applying, everything rolls back and the row is reported.
 * The file is read twice, streaming, so memory does not grow with its size.
 */
@Service
class PeopleImport {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** What came of an import: its problems (then nothing was applied), or how many people and posts it changed. */
    public record Outcome(List<Problem> problems, int problemCount, int created, int updated, int unchanged,
                          int appointed) {

        public boolean succeeded() {
            return problemCount == 0;
        }

        static Outcome failed(ImportProblems problems) {
            return new Outcome(problems.kept(), problems.count(), 0, 0, 0, 0);
        }
    }

    private final ImportCheck check;
    private final PersonRepository people;
    private final PersonChanges changes;
    private final PersonAccess personAccess;
    private final OrganizationQueries organization;
    private final ObjectProvider<Appointments> appointments;
    private final ChoiceLabels labels;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    PeopleImport(ImportCheck check, PersonRepository people, PersonChanges changes, PersonAccess personAccess,
                 OrganizationQueries organization, ObjectProvider<Appointments> appointments, ChoiceLabels labels,
                 TransactionTemplate transactions, AuditLog audit) {
        this.check = check;
        this.people = people;
        this.changes = changes;
        this.personAccess = personAccess;
        this.organization = organization;
        this.appointments = appointments;
        this.labels = labels;
        this.transactions = transactions;
        this.audit = audit;
    }

    Outcome run(Path file, DataScope scope, Locale locale) {
        ImportProblems problems = new ImportProblems();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            check.check(pkg, scope, problems, locale);
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
                XlsxRows.read(pkg, check.sheetNames(ImportSheet.PEOPLE), (n, cells) -> {
                    ImportCells c = new ImportCells(ImportSheet.PEOPLE, n, cells, labels, problems, locale);
                    if (n > 1 && !c.blank()) {
                        row[0] = n;
                        counts[applyPerson(ImportRows.person(c), unitId, scope, today)]++;
                    }
                });
                sheet[0] = ImportSheet.ASSIGNMENTS;
                XlsxRows.read(pkg, check.sheetNames(ImportSheet.ASSIGNMENTS), (n, cells) -> {
                    ImportCells c = new ImportCells(ImportSheet.ASSIGNMENTS, n, cells, labels, problems, locale);
                    if (n > 1 && !c.blank()) {
                        row[0] = n;
                        appoint(ImportRows.assignment(c), unitId);
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
        PersonData merged = ImportRows.merge(r.data(), person.data()).withDefaults();
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
