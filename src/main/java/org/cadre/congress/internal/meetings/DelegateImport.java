package org.cadre.congress.internal.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.cadre.people.PersonNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delegates from an Excel sheet (employee no, delegation, constituency, category), all or nothing: every row is
 * checked first and each problem reported with its row and column; only a file without problems is imported.
 */
@Component
public class DelegateImport {

    static final List<String> COLUMNS = List.of("employeeNo", "delegation", "constituency", "category");
    private static final int MAX_ROWS = 2000;

    private final JdbcClient jdbc;
    private final PersonNames people;
    private final Delegates delegates;
    private final CongressAccess access;

    DelegateImport(JdbcClient jdbc, PersonNames people, Delegates delegates, CongressAccess access) {
        this.jdbc = jdbc;
        this.people = people;
        this.delegates = delegates;
        this.access = access;
    }

    /** @param column one of {@link #COLUMNS}, null for the file as a whole; row as Excel numbers it */
    public record Problem(int row, String column, String messageKey, Object[] arguments) {
    }

    public record Result(int imported, List<Problem> problems) {
    }

    public Result importFile(long termId, InputStream file) {
        access.requireManage();
        List<Problem> problems = new ArrayList<>();
        List<Delegates.NewDelegate> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        Map<String, Long> delegations = new HashMap<>();
        jdbc.sql("select name, id from congress_delegation where term_id = ?").param(termId).query().listOfRows()
                .forEach(r -> delegations.put((String) r.get("name"), ((Number) r.get("id")).longValue()));
        try (Workbook book = WorkbookFactory.create(file)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] cells = new String[COLUMNS.size()];
                boolean blank = true;
                for (int c = 0; c < cells.length; c++) {
                    Cell cell = row.getCell(c);
                    cells[c] = cell == null ? "" : format.formatCellValue(cell).strip();
                    blank &= cells[c].isEmpty();
                }
                if (blank) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new Problem(0, null, "congress.import.tooManyRows", new Object[] {MAX_ROWS}));
                    break;
                }
                int excelRow = r + 1;
                if (cells[0].isEmpty()) {
                    problems.add(new Problem(excelRow, "employeeNo", "congress.import.required", new Object[0]));
                }
                Long delegation = delegations.get(cells[1]);
                if (delegation == null) {
                    problems.add(new Problem(excelRow, "delegation", "congress.import.delegationUnknown",
                            new Object[] {cells[1]}));
                }
                String category = categoryOf(cells[3]);
                if (category == null) {
                    problems.add(new Problem(excelRow, "category", "congress.import.categoryUnknown",
                            new Object[] {cells[3]}));
                }
                rows.add(new Delegates.NewDelegate(cells[0], delegation, cells[2].isEmpty() ? null : cells[2], category,
                        null));
                rowNumbers.add(excelRow);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.springframework.security.access.AccessDeniedException denied) {
                throw denied;
            }
            return new Result(0, List.of(new Problem(0, null, "congress.import.unreadable", new Object[0])));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, null, "congress.import.empty", new Object[0]));
        }
        Map<String, Long> ids = people.idsByEmployeeNo(rows.stream().map(Delegates.NewDelegate::employeeNo)
                .filter(s -> !s.isEmpty()).toList());
        Set<Long> seated = new HashSet<>(jdbc.sql("""
                select person_id from congress_delegate where term_id = ? and valid_to is null
                """).param(termId).query(Long.class).list());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String no = rows.get(i).employeeNo();
            if (no.isEmpty()) {
                continue;
            }
            Long person = ids.get(no);
            if (person == null) {
                problems.add(new Problem(rowNumbers.get(i), "employeeNo", "congress.person.unknown", new Object[] {no}));
            } else if (seated.contains(person)) {
                problems.add(new Problem(rowNumbers.get(i), "employeeNo", "congress.delegate.already", new Object[] {no}));
            } else if (!seen.add(no)) {
                problems.add(new Problem(rowNumbers.get(i), "employeeNo", "congress.import.twice", new Object[] {no}));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::row)
                    .thenComparingInt(p -> p.column() == null ? -1 : COLUMNS.indexOf(p.column())));
            return new Result(0, problems);
        }
        return new Result(delegates.addAll(termId, rows), List.of());
    }

    /** The category by its code or its name in either language. */
    static String categoryOf(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return switch (t) {
            case "FRONT_LINE", "一线职工", "一线", "FRONTLINE" -> "FRONT_LINE";
            case "TECHNICAL", "专业技术人员", "技术人员" -> "TECHNICAL";
            case "MANAGER", "中层管理人员", "管理人员" -> "MANAGER";
            case "LEADER", "领导人员", "公司领导" -> "LEADER";
            default -> null;
        };
    }
}
