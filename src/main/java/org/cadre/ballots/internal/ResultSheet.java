package org.cadre.ballots.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotResults.AnswerResult;
import org.cadre.ballots.BallotResults.GroupTally;
import org.cadre.ballots.BallotResults.NamedVote;
import org.cadre.ballots.BallotResults.QuestionResult;
import org.cadre.ballots.BallotSummary;
import org.cadre.ballots.QuestionKind;
import org.cadre.ballots.Quorum;
import org.cadre.shared.PdfFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The result sheet of a counted ballot (计票结果报告单), as a PDF to print and sign, and as an Excel workbook with the
 * same content. It states the rules the ballot was held under in full sentences, the turnout per rater group, and
 * per question the answers per group, in all and weighted; for a roll-call vote, who voted what. When a group was
 * too small to keep its votes secret ({@code breakdownHidden}), all ballots are counted as one and the sheet says
 * why; when so few ballots were cast in all that a vote may be recognisable ({@code fewBallots}), it warns. It ends with the lines the counters and scrutineers sign.
 * <p>
 * Both formats are built from the same tables (cells are text, numbers or empty), so they cannot drift apart.
 */
@Component
public class ResultSheet {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String NONE = "—";
    private static final Color HEADER = new Color(232, 232, 232);
    private static final Color PASSED = new Color(0, 100, 0);
    private static final Color NOT_PASSED = new Color(170, 0, 0);

    private final MessageSource messages;
    private final Clock clock;

    public ResultSheet(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What the sheet says beyond the result itself.
     *
     * @param organisation who held the ballot, printed above the title
     * @param closedAt     when voting ended (null: not yet)
     * @param publishedAt  when the result was published (null: not yet)
     */
    public record Heading(String organisation, OffsetDateTime closedAt, OffsetDateTime publishedAt) {

        public static Heading of(String organisation, BallotSummary ballot) {
            return new Heading(organisation, ballot.closedAt(), ballot.publishedAt());
        }
    }

    /** A table of the sheet: cells are text, numbers ({@link BigDecimal}) or null (shown as a dash). */
    private record Table(List<String> header, List<List<Object>> rows, int textColumns) {
    }

    // ---------------------------------------------------------------------------------------------------- PDF

    public void pdf(BallotResults results, Heading heading, Locale locale, OutputStream out) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 48, 56);
        try {
            PdfWriter.getInstance(document, body);
            document.addTitle(msg(locale, "ballot.sheet.title") + " — " + results.title());
            document.addCreator(heading.organisation());
            document.open();
            writeBody(document, results, heading, locale);
            document.close();
            footer(body.toByteArray(), results, heading, locale, out);
        } catch (DocumentException e) {
            throw new IllegalStateException("result sheet of ballot " + results.ballotId(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeBody(Document document, BallotResults r, Heading heading, Locale locale) throws DocumentException {
        centered(document, heading.organisation(), 11, Font.NORMAL, 0);
        centered(document, msg(locale, "ballot.sheet.title"), 20, Font.BOLD, 4);
        centered(document, r.title(), 13, Font.BOLD, 6);
        document.add(new LineSeparator(0.8f, 100, Color.DARK_GRAY, Element.ALIGN_CENTER, -4));

        PdfPTable facts = new PdfPTable(new float[] {1.1f, 1.6f, 1.1f, 1.6f});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(12);
        fact(facts, msg(locale, "ballot.sheet.number"), String.valueOf(r.ballotId()));
        fact(facts, msg(locale, "ballot.sheet.state"), msg(locale, "ballot.state." + r.state().name()));
        fact(facts, msg(locale, "ballot.sheet.mode"), msg(locale, "ballot.mode." + r.mode().name()));
        fact(facts, msg(locale, "ballot.sheet.printedAt"), format(OffsetDateTime.now(clock)));
        fact(facts, msg(locale, "ballot.sheet.closedAt"), format(heading.closedAt()));
        fact(facts, msg(locale, "ballot.sheet.publishedAt"), format(heading.publishedAt()));
        document.add(facts);

        section(document, msg(locale, "ballot.sheet.rules"));
        document.add(text(msg(locale, "ballot.passRule." + r.passRule().name()), 10));
        document.add(text(msg(locale, "ballot.quorum." + r.quorum().name()), 10));

        section(document, msg(locale, "ballot.sheet.turnout"));
        document.add(pdfTable(turnout(r, locale), new float[] {3, 1.2f, 1.2f, 1.2f, 1.2f}));
        Paragraph quorum = text(quorumLine(r, locale), 10, Font.BOLD, r.quorumMet() ? PASSED : NOT_PASSED);
        quorum.setSpacingBefore(4);
        document.add(quorum);

        section(document, msg(locale, "ballot.sheet.results"));
        for (String note : notes(r, locale)) {
            Paragraph paragraph = text(note, 9, Font.ITALIC, null);
            paragraph.setSpacingAfter(4);
            document.add(paragraph);
        }
        for (QuestionResult q : r.questions()) {
            // a question's heading, table and result stay on one page (unless the table alone is longer)
            Table answers = answers(r, q, locale);
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setSpacingBefore(10);
            block.setKeepTogether(answers.rows().size() < 25);
            PdfPCell title = blockCell(text(questionHeading(q, locale), 11, Font.BOLD, null));
            title.setPaddingBottom(6);
            block.addCell(title);
            PdfPTable table = pdfTable(answers, widths(answers));
            if (answers.header().size() <= 3) {
                table.setWidthPercentage(70);
                table.setHorizontalAlignment(Element.ALIGN_LEFT);
            }
            PdfPCell tableCell = blockCell(null);
            tableCell.addElement(table);
            block.addCell(tableCell);
            for (String line : questionLines(q, locale)) {
                block.addCell(blockCell(text(line, 10)));
            }
            if (q.passed() != null) {
                block.addCell(blockCell(text(labelled(locale, msg(locale, "ballot.sheet.result"))
                        + passedText(q.passed(), locale), 10, Font.BOLD, q.passed() ? PASSED : NOT_PASSED)));
            }
            if (q.kind() == QuestionKind.RATING) {
                block.addCell(blockCell(text(msg(locale, "ballot.sheet.cannotJudgeNote"), 8)));
            }
            document.add(block);
        }

        if (r.mode() == BallotMode.NAMED && !r.namedVotes().isEmpty()) {
            section(document, msg(locale, "ballot.sheet.rollCall"));
            Table rollCall = rollCall(r, locale);
            float[] widths = new float[rollCall.header().size()];
            widths[0] = 0.5f;
            widths[1] = 1.6f;
            widths[2] = 1.6f;
            for (int i = 3; i < widths.length; i++) {
                widths[i] = 2f;
            }
            document.add(pdfTable(rollCall, widths));
            for (QuestionResult q : r.questions()) {
                document.add(text(msg(locale, "ballot.sheet.questionNo", q.position()) + "  " + q.title(),
                        8));
            }
        }

        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(36);
        signatures.setKeepTogether(true);
        for (String key : List.of("ballot.sheet.countedBy", "ballot.sheet.scrutineer", "ballot.sheet.chiefScrutineer",
                "ballot.sheet.date")) {
            PdfPCell cell = new PdfPCell(PdfFonts.phrase(labelled(locale, msg(locale, key))
                    + "  ____________________", 11));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingBottom(22);
            signatures.addCell(cell);
        }
        document.add(signatures);
    }

    /** Stamps "page x of y" and the ballot number on every page, now that the number of pages is known. */
    private void footer(byte[] pdf, BallotResults r, Heading heading, Locale locale, OutputStream out)
            throws IOException, DocumentException {
        PdfReader reader = new PdfReader(pdf);
        PdfStamper stamper = new PdfStamper(reader, out);
        int pages = reader.getNumberOfPages();
        String left = heading.organisation() + " · " + msg(locale, "ballot.sheet.title") + " · "
                + msg(locale, "ballot.sheet.number") + " " + r.ballotId();
        for (int page = 1; page <= pages; page++) {
            PdfContentByte canvas = stamper.getOverContent(page);
            Rectangle size = reader.getPageSize(page);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, PdfFonts.phrase(left, 8, Font.NORMAL, Color.GRAY), 50, 30, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    PdfFonts.phrase(msg(locale, "ballot.sheet.page", page, pages), 8, Font.NORMAL, Color.GRAY), size.getWidth() - 50, 30, 0);
        }
        stamper.close();
        reader.close();
    }

    private static void centered(Document document, String text, float size, int style, float spacingBefore)
            throws DocumentException {
        Paragraph p = new Paragraph(PdfFonts.phrase(text, size, style, null));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        document.add(p);
    }

    private static void section(Document document, String title) throws DocumentException {
        Paragraph p = new Paragraph(PdfFonts.phrase(title, 12, Font.BOLD, null));
        p.setSpacingBefore(14);
        p.setSpacingAfter(5);
        document.add(p);
    }

    private static Paragraph text(String text, float size) {
        return text(text, size, Font.NORMAL, null);
    }

    private static Paragraph text(String text, float size, int style, Color color) {
        Paragraph p = new Paragraph(PdfFonts.phrase(text, size, style, color));
        p.setLeading(size * 1.45f);
        return p;
    }

    private static PdfPCell blockCell(Paragraph content) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(2);
        if (content != null) {
            cell.addElement(content);
        }
        return cell;
    }

    private static void fact(PdfPTable facts, String label, String value) {
        PdfPCell l = new PdfPCell(PdfFonts.phrase(label, 9.5f, Font.BOLD, null));
        l.setBackgroundColor(HEADER);
        l.setPadding(4);
        facts.addCell(l);
        PdfPCell v = new PdfPCell(PdfFonts.phrase(value, 9.5f));
        v.setPadding(4);
        facts.addCell(v);
    }

    private static float[] widths(Table table) {
        float[] widths = new float[table.header().size()];
        widths[0] = 3f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.2f;
        }
        return widths;
    }

    private PdfPTable pdfTable(Table table, float[] widths) throws DocumentException {
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        for (int i = 0; i < table.header().size(); i++) {
            PdfPCell cell = new PdfPCell(PdfFonts.phrase(table.header().get(i), 9, Font.BOLD, null));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(4);
            cell.setHorizontalAlignment(i < table.textColumns() ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            pdf.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                PdfPCell cell = new PdfPCell(PdfFonts.phrase(value instanceof BigDecimal n ? number(n)
                        : value == null ? NONE : value.toString(), 9));
                cell.setPadding(4);
                cell.setHorizontalAlignment(i < table.textColumns() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    // ---------------------------------------------------------------------------------------------------- Excel

    public void xlsx(BallotResults r, Heading heading, Locale locale, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet summary = workbook.createSheet(safeName(msg(locale, "ballot.sheet.summary")));
            summary.setColumnWidth(0, 28 * 256);
            for (int i = 1; i < 6; i++) {
                summary.setColumnWidth(i, 14 * 256);
            }
            int row = 0;
            text(summary, row++, 0, heading.organisation(), null);
            text(summary, row++, 0, msg(locale, "ballot.sheet.title"), styles.title);
            text(summary, row++, 0, r.title(), styles.bold);
            row++;
            row = fact(summary, row, msg(locale, "ballot.sheet.number"), r.ballotId(), styles);
            row = fact(summary, row, msg(locale, "ballot.sheet.state"), msg(locale, "ballot.state." + r.state().name()), styles);
            row = fact(summary, row, msg(locale, "ballot.sheet.mode"), msg(locale, "ballot.mode." + r.mode().name()), styles);
            row = fact(summary, row, msg(locale, "ballot.sheet.closedAt"), format(heading.closedAt()), styles);
            row = fact(summary, row, msg(locale, "ballot.sheet.publishedAt"), format(heading.publishedAt()), styles);
            row = fact(summary, row, msg(locale, "ballot.sheet.printedAt"), format(OffsetDateTime.now(clock)), styles);
            row++;
            text(summary, row++, 0, msg(locale, "ballot.sheet.rules"), styles.bold);
            text(summary, row++, 0, msg(locale, "ballot.passRule." + r.passRule().name()), null);
            text(summary, row++, 0, msg(locale, "ballot.quorum." + r.quorum().name()), null);
            row++;
            text(summary, row++, 0, msg(locale, "ballot.sheet.turnout"), styles.bold);
            row = write(summary, row, turnout(r, locale), styles);
            text(summary, row++, 0, quorumLine(r, locale), styles.bold);
            if (!notes(r, locale).isEmpty()) {
                row++;
            }
            for (String note : notes(r, locale)) {
                text(summary, row++, 0, note, null);
            }
            row++;
            for (String key : List.of("ballot.sheet.countedBy", "ballot.sheet.scrutineer",
                    "ballot.sheet.chiefScrutineer", "ballot.sheet.date")) {
                text(summary, row, 0, msg(locale, key), styles.bold);
                summary.getRow(row).createCell(1).setCellStyle(styles.signature);
                summary.addMergedRegion(new CellRangeAddress(row, row, 1, 2));
                row += 2;
            }

            for (QuestionResult q : r.questions()) {
                Sheet sheet = workbook.createSheet(safeName(msg(locale, "ballot.sheet.questionNo", q.position())));
                sheet.setColumnWidth(0, 30 * 256);
                int at = 0;
                text(sheet, at++, 0, questionHeading(q, locale), styles.bold);
                for (String note : notes(r, locale)) {
                    text(sheet, at++, 0, note, null);
                }
                at++;
                Table answers = answers(r, q, locale);
                for (int i = 1; i < answers.header().size(); i++) {
                    sheet.setColumnWidth(i, 14 * 256);
                }
                at = write(sheet, at, answers, styles);
                at++;
                if (q.weightedScore() != null && q.kind() != QuestionKind.PICK) {
                    at = fact(sheet, at, msg(locale, "ballot.sheet.score." + q.kind().name()), q.weightedScore(), styles);
                }
                if (q.passed() != null) {
                    at = fact(sheet, at, msg(locale, "ballot.sheet.result"), passedText(q.passed(), locale), styles);
                }
                if (q.kind() == QuestionKind.RATING) {
                    text(sheet, at, 0, msg(locale, "ballot.sheet.cannotJudgeNote"), null);
                }
            }

            if (r.mode() == BallotMode.NAMED && !r.namedVotes().isEmpty()) {
                Sheet sheet = workbook.createSheet(safeName(msg(locale, "ballot.sheet.rollCall")));
                sheet.setColumnWidth(1, 16 * 256);
                sheet.setColumnWidth(2, 16 * 256);
                int at = write(sheet, 0, rollCall(r, locale), styles);
                at++;
                for (QuestionResult q : r.questions()) {
                    text(sheet, at++, 0, msg(locale, "ballot.sheet.questionNo", q.position()) + "  " + q.title(), null);
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle number;
        final CellStyle cell;
        final CellStyle signature;

        Styles(XSSFWorkbook workbook) {
            var boldFont = workbook.createFont();
            boldFont.setBold(true);
            var titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = bordered(workbook);
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            cell = bordered(workbook);
            number = bordered(workbook);
            number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
            signature = workbook.createCellStyle();
            signature.setBorderBottom(BorderStyle.THIN);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }

    private static void text(Sheet sheet, int row, int column, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static int fact(Sheet sheet, int row, String label, Object value, Styles styles) {
        text(sheet, row, 0, label, styles.bold);
        Cell cell = sheet.getRow(row).createCell(1);
        set(cell, value);
        return row + 1;
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    private static int write(Sheet sheet, int row, Table table, Styles styles) {
        Row header = sheet.createRow(row++);
        for (int i = 0; i < table.header().size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(table.header().get(i));
            cell.setCellStyle(styles.header);
        }
        for (List<Object> values : table.rows()) {
            Row r = sheet.createRow(row++);
            for (int i = 0; i < values.size(); i++) {
                Cell cell = r.createCell(i);
                set(cell, values.get(i));
                cell.setCellStyle(values.get(i) instanceof BigDecimal ? styles.number : styles.cell);
            }
        }
        return row;
    }

    private static String safeName(String name) {
        return WorkbookUtil.createSafeSheetName(name);
    }

    // ---------------------------------------------------------------------------------------------------- content

    private Table turnout(BallotResults r, Locale locale) {
        List<String> header = List.of(msg(locale, "ballot.sheet.group"), msg(locale, "ballot.sheet.weight"),
                msg(locale, "ballot.sheet.eligible"), msg(locale, "ballot.sheet.cast"), msg(locale, "ballot.sheet.percent"));
        List<List<Object>> rows = new ArrayList<>();
        for (GroupTally g : r.groups()) {
            rows.add(cells(g.name(), g.weight(), BigDecimal.valueOf(g.eligible()), BigDecimal.valueOf(g.cast()),
                    percent(g.cast(), g.eligible())));
        }
        if (r.groups().size() > 1) {
            rows.add(cells(msg(locale, "ballot.sheet.allGroups"), null, BigDecimal.valueOf(r.eligible()),
                    BigDecimal.valueOf(r.cast()), percent(r.cast(), r.eligible())));
        }
        return new Table(header, rows, 1);
    }

    /** Why the groups are pooled, and a warning when so few ballots were cast that a vote may be recognisable. */
    private List<String> notes(BallotResults r, Locale locale) {
        List<String> notes = new ArrayList<>();
        if (r.breakdownHidden()) {
            notes.add(msg(locale, "ballot.sheet.breakdownHidden"));
        }
        if (r.fewBallots()) {
            notes.add(msg(locale, "ballot.sheet.fewBallots", r.cast()));
        }
        return notes;
    }

    private String quorumLine(BallotResults r, Locale locale) {
        if (r.quorum() == Quorum.NONE) {
            return msg(locale, "ballot.sheet.quorumNone", r.cast(), r.eligible());
        }
        return msg(locale, r.quorumMet() ? "ballot.sheet.quorumMet" : "ballot.sheet.quorumNotMet", r.cast(),
                r.eligible());
    }

    private String questionHeading(QuestionResult q, Locale locale) {
        String kind = msg(locale, "ballot.kind." + q.kind().name());
        return q.position() + ". " + q.title() + (chinese(locale) ? "（" + kind + "）" : " (" + kind + ")");
    }

    /**
     * answer | a column per group | total | % | weighted % | passed. When the groups are pooled: answer | total | % |
     * passed (no group columns, and no weighted column: pooled, it is the % again).
     */
    private Table answers(BallotResults r, QuestionResult q, Locale locale) {
        boolean score = q.kind() == QuestionKind.SCORE;
        boolean hidden = r.breakdownHidden();
        boolean passColumn = q.answers().stream().anyMatch(a -> a.passed() != null);
        List<String> header = new ArrayList<>();
        header.add(msg(locale, "ballot.sheet.column." + q.kind().name()));
        if (!hidden) {
            r.groups().forEach(g -> header.add(g.name()));
        }
        header.add(msg(locale, score ? "ballot.sheet.average" : "ballot.sheet.total"));
        if (!score) {
            header.add(msg(locale, "ballot.sheet.percent"));
        }
        if (!hidden) {
            header.add(msg(locale, score ? "ballot.sheet.weightedAverage" : "ballot.sheet.weightedPercent"));
        }
        if (passColumn) {
            header.add(msg(locale, "ballot.sheet.result"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AnswerResult a : q.answers()) {
            List<Object> row = new ArrayList<>();
            row.add(answerLabel(a, locale));
            if (!hidden) {
                r.groups().forEach(g -> row.add(a.perGroup().get(g.groupId())));
            }
            row.add(a.total());
            if (!score) {
                row.add(a.percent());
            }
            if (!hidden) {
                row.add(a.weightedPercent());
            }
            if (passColumn) {
                row.add(a.passed() == null ? null : passedText(a.passed(), locale));
            }
            rows.add(row);
        }
        return new Table(header, rows, 1);
    }

    private List<String> questionLines(QuestionResult q, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (q.weightedScore() != null && q.kind() != QuestionKind.PICK) {
            lines.add(labelled(locale, msg(locale, "ballot.sheet.score." + q.kind().name()))
                    + number(q.weightedScore()));
        }
        return lines;
    }

    private Table rollCall(BallotResults r, Locale locale) {
        List<String> header = new ArrayList<>(List.of("#", msg(locale, "ballot.sheet.voter"),
                msg(locale, "ballot.sheet.group")));
        r.questions().forEach(q -> header.add(msg(locale, "ballot.sheet.questionNo", q.position())));
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (NamedVote v : r.namedVotes()) {
            List<Object> row = new ArrayList<>(List.of(String.valueOf(n++), v.voterName(), v.groupName()));
            for (QuestionResult q : r.questions()) {
                row.add(namedAnswer(q, v.answers().get(q.questionId()), locale));
            }
            rows.add(row);
        }
        return new Table(header, rows, header.size());
    }

    /** A roll-call answer as stored ("AGREE", "option:3, person:9", "option:4=85") in words. */
    private String namedAnswer(QuestionResult q, String stored, Locale locale) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        List<String> shown = new ArrayList<>();
        for (String part : stored.split(", ")) {
            String key = part;
            String score = null;
            int eq = part.indexOf('=');
            if (eq > 0) {
                key = part.substring(0, eq);
                score = part.substring(eq + 1);
            }
            AnswerResult answer = q.answer(key);
            String label = answer != null ? answerLabel(answer, locale) : key;
            shown.add(score == null ? label : label + " " + score);
        }
        return String.join(chinese(locale) ? "、" : ", ", shown);
    }

    private String answerLabel(AnswerResult a, Locale locale) {
        if (a.key().startsWith("option:")) {
            return a.label();
        }
        if (a.key().startsWith("person:")) {
            return a.label() + " " + msg(locale, "ballot.sheet.writtenIn");
        }
        return msg(locale, "ballot.answer." + a.key());
    }

    private String passedText(boolean passed, Locale locale) {
        return msg(locale, passed ? "ballot.sheet.passed" : "ballot.sheet.notPassed");
    }

    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v);
        }
        return row;
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static String number(BigDecimal n) {
        return n.scale() <= 0 ? n.toPlainString() : n.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String format(OffsetDateTime time) {
        return time == null ? NONE : DATE_TIME.format(time.atZoneSameInstant(clock.getZone()));
    }

    /** Chinese takes full-width punctuation ("：", "（"); other languages ": " and " (". */
    private static boolean chinese(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    private static String labelled(Locale locale, String label) {
        return label + (chinese(locale) ? "：" : ": ");
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
