package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.identity.Permissions;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * AppraisalComponent scores from Excel (all rows or none): the template lists the cycle's appraisees with a column per
 * component; a filled cell sets that score, an empty one leaves it. Also earlier years' results (employee number,
 * year, grade, score). Every problem names its sheet, row and column.
 */
@Component
class ScoreImport {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** @param column the column as Excel names it (A, B…) with its header, empty for the whole row or file */
    public record Problem(String sheet, int row, String column, String code, String message) {
    }

    public record Outcome(int saved, List<Problem> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final CycleRepository cycles;
    private final CycleCommands commands;
    private final ConsequenceCommands consequences;
    private final AssessmentAccess access;
    private final MessageSource messages;

    ScoreImport(CycleRepository cycles, CycleCommands commands, ConsequenceCommands consequences,
                AssessmentAccess access, MessageSource messages) {
        this.cycles = cycles;
        this.commands = commands;
        this.consequences = consequences;
        this.access = access;
        this.messages = messages;
    }

    /** A file refused as a whole (none given, too large). */
    Outcome refused(String key, Locale locale, Object... args) {
        return new Outcome(0, List.of(problem("", 0, "", key, locale, args)));
    }

    /** The template of a cycle, pre-filled with the appraisees the user may score and their scores so far. */
    void template(long cycleId, Locale locale, OutputStream out) throws IOException {
        Cycle cycle = cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        List<AppraisalComponent> components = cycles.components(cycle.id());
        List<Appraisee> appraisees = cycles.appraisees(cycleId, access.reach(Permissions.ASSESSMENT_MANAGE));
        Map<Long, Map<Long, BigDecimal>> scores = cycles.scores(appraisees.stream().map(Appraisee::id).toList());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            Sheet sheet = workbook.createSheet(message("assessment.import.sheet", locale));
            Row head = sheet.createRow(0);
            cell(head, 0, message("assessment.field.employeeNo", locale) + " *", header);
            cell(head, 1, message("assessment.field.name", locale), header);
            cell(head, 2, message("assessment.field.post", locale), header);
            for (int i = 0; i < components.size(); i++) {
                cell(head, 3 + i, components.get(i).name(), header);
            }
            int r = 1;
            for (Appraisee a : appraisees) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.employeeNo());
                row.createCell(1).setCellValue(a.name());
                row.createCell(2).setCellValue(a.postTitle() == null ? "" : a.postTitle());
                Map<Long, BigDecimal> mine = scores.getOrDefault(a.id(), Map.of());
                for (int i = 0; i < components.size(); i++) {
                    BigDecimal s = mine.get(components.get(i).id());
                    if (s != null) {
                        row.createCell(3 + i).setCellValue(s.doubleValue());
                    }
                }
            }
            for (int i = 0; i < 3 + components.size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    Outcome run(long cycleId, InputStream in, Locale locale) {
        Cycle cycle = cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        List<Problem> problems = new ArrayList<>();
        List<CycleCommands.ScoreEntry> entries = new ArrayList<>();
        Map<String, Appraisee> appraisees = cycles.appraiseesByEmployeeNo(cycleId);
        List<AppraisalComponent> components = cycles.components(cycleId);
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            String sheetName = sheet.getSheetName();
            DataFormatter format = new DataFormatter(Locale.ROOT);
            Row head = sheet.getRow(0);
            if (head == null) {
                problems.add(problem(sheetName, 1, "", "assessment.import.noHeader", locale));
                return new Outcome(0, problems);
            }
            Map<Integer, AppraisalComponent> columns = new HashMap<>();
            for (Cell c : head) {
                String text = format.formatCellValue(c).replace("*", "").strip();
                if (c.getColumnIndex() < 3 || text.isEmpty()) {
                    continue;
                }
                components.stream().filter(x -> x.name().equalsIgnoreCase(text)).findFirst()
                        .ifPresentOrElse(x -> columns.put(c.getColumnIndex(), x),
                                () -> problems.add(problem(sheetName, 1, column(c.getColumnIndex(), text),
                                        "assessment.import.unknownColumn", locale, text)));
            }
            Set<String> seen = new HashSet<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                int rowNo = row.getRowNum() + 1;
                String no = text(format, row, 0);
                boolean anyScore = columns.keySet().stream().anyMatch(i -> !text(format, row, i).isEmpty());
                if (no.isEmpty()) {
                    if (anyScore) {
                        problems.add(problem(sheetName, rowNo, column(0, message("assessment.field.employeeNo", locale)),
                                "assessment.import.required", locale));
                    }
                    continue;
                }
                Appraisee a = appraisees.get(no);
                if (a == null || !access.manages(Permissions.ASSESSMENT_MANAGE, a)) {
                    problems.add(problem(sheetName, rowNo, column(0, message("assessment.field.employeeNo", locale)),
                            "assessment.import.notAppraisee", locale, no));
                    continue;
                }
                if (!seen.add(no)) {
                    problems.add(problem(sheetName, rowNo, column(0, message("assessment.field.employeeNo", locale)),
                            "assessment.import.duplicate", locale, no));
                    continue;
                }
                for (var entry : columns.entrySet()) {
                    String value = text(format, row, entry.getKey());
                    if (value.isEmpty()) {
                        continue;
                    }
                    BigDecimal score = number(value);
                    if (score == null || score.signum() < 0 || score.compareTo(Scoring.HUNDRED) > 0) {
                        problems.add(problem(sheetName, rowNo, column(entry.getKey(), entry.getValue().name()),
                                "assessment.import.badScore", locale, value));
                        continue;
                    }
                    entries.add(new CycleCommands.ScoreEntry(a.id(), entry.getValue().id(), score));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException b) {
                throw b;
            }
            problems.add(problem("", 0, "", "assessment.import.unreadable", locale));
        }
        if (cycle.state() != CycleState.COLLECTING) {
            problems.add(problem("", 0, "", "assessment.scores.notCollecting", locale));
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, problems);
        }
        return new Outcome(commands.saveScoresImported(cycleId, entries), List.of());
    }

    /** Past results: employee number, year, grade, score (optional); all rows or none. */
    Outcome runPastResults(InputStream in, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        List<ConsequenceCommands.PastResult> results = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            String sheetName = sheet.getSheetName();
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                int rowNo = row.getRowNum() + 1;
                String no = text(format, row, 0);
                String year = text(format, row, 1);
                String grade = text(format, row, 2);
                String score = text(format, row, 3);
                if (no.isEmpty() && year.isEmpty() && grade.isEmpty() && score.isEmpty()) {
                    continue;
                }
                int before = problems.size();
                if (no.isEmpty()) {
                    problems.add(problem(sheetName, rowNo, column(0, message("assessment.field.employeeNo", locale)), "assessment.import.required", locale));
                }
                Integer y = year.matches("\\d{4}") ? Integer.valueOf(year) : null;
                if (y == null) {
                    problems.add(problem(sheetName, rowNo, column(1, message("assessment.field.year", locale)), "assessment.import.badYear", locale, year));
                }
                Grade g = Grade.parse(grade);
                if (g == null) {
                    problems.add(problem(sheetName, rowNo, column(2, message("assessment.field.grade", locale)), "assessment.import.badGrade", locale, grade));
                }
                BigDecimal s = score.isEmpty() ? null : number(score);
                if (!score.isEmpty() && (s == null || s.signum() < 0 || s.compareTo(Scoring.HUNDRED) > 0)) {
                    problems.add(problem(sheetName, rowNo, column(3, message("assessment.field.score", locale)), "assessment.import.badScore", locale, score));
                }
                if (!no.isEmpty() && consequences.reachable(no).isEmpty()) {
                    problems.add(problem(sheetName, rowNo, column(0, message("assessment.field.employeeNo", locale)), "assessment.appraisees.unknownEmployee", locale, no));
                }
                if (y != null && !consequences.pastYear(y)) {
                    problems.add(problem(sheetName, rowNo, column(1, message("assessment.field.year", locale)), "assessment.past.notPast", locale, y));
                }
                if (problems.size() == before) {
                    results.add(new ConsequenceCommands.PastResult(no, y, g, s));
                }
            }
            if (!problems.isEmpty()) {
                return new Outcome(0, problems);
            }
            return new Outcome(consequences.putPastResults(results, sheetName), List.of());
        } catch (IOException e) {
            return new Outcome(0, List.of(problem("", 0, "", "assessment.import.unreadable", locale)));
        } catch (IllegalArgumentException e) {
            return new Outcome(0, List.of(problem("", 0, "", "assessment.import.unreadable", locale)));
        }
    }

    void pastTemplate(Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            Sheet sheet = workbook.createSheet(message("assessment.import.pastSheet", locale));
            Row head = sheet.createRow(0);
            String[] keys = {"assessment.field.employeeNo", "assessment.field.year", "assessment.field.grade", "assessment.field.score"};
            for (int i = 0; i < keys.length; i++) {
                cell(head, i, message(keys[i], locale) + (i < 3 ? " *" : ""), header);
                sheet.setColumnWidth(i, 18 * 256);
            }
            workbook.write(out);
        }
    }

    private static String text(DataFormatter format, Row row, int i) {
        Cell c = row.getCell(i);
        return c == null ? "" : format.formatCellValue(c).strip();
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.replace(",", ".")).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String column(int index, String header) {
        return CellReference.convertNumToColString(index) + " (" + header + ")";
    }

    private Problem problem(String sheet, int row, String column, String key, Locale locale, Object... args) {
        return new Problem(sheet, row, column, key, messages.getMessage(key, args, key, locale));
    }

    private static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }

    private static void cell(Row row, int i, String text, CellStyle style) {
        Cell c = row.createCell(i);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
