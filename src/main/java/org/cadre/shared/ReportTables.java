package org.cadre.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report made of titled tables of text (a cycle's report, a congress's handling report…), written as an Excel
 * workbook with a sheet per table, or as a PDF with a heading and a table per section. Text goes through
 * {@link PdfFonts#phrase}, so Latin letters and digits print beside Chinese.
 */
public final class ReportTables {

    /** One section: its title (the sheet's name), column headers and rows of cell text. */
    public record Table(String title, List<String> headers, List<List<String>> rows) {
    }

    private ReportTables() {
    }

    /** A sheet per table, headers in bold; streamed, so a long table needs little memory. */
    public static void xlsx(List<Table> tables, int columnWidthChars, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            var bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table.title()));
                Row head = sheet.createRow(0);
                for (int i = 0; i < table.headers().size(); i++) {
                    head.createCell(i).setCellValue(table.headers().get(i));
                    head.getCell(i).setCellStyle(header);
                    sheet.setColumnWidth(i, columnWidthChars * 256);
                }
                int r = 1;
                for (List<String> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** A4 (landscape for wide tables): the title as heading, then each table under its caption; "—" when empty. */
    public static void pdf(String title, List<Table> tables, boolean landscape, OutputStream out) {
        Document document = landscape ? new Document(PageSize.A4.rotate(), 30, 30, 30, 30)
                : new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            Paragraph heading = new Paragraph(PdfFonts.phrase(title, 16, Font.BOLD, null));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(12);
            document.add(heading);
            for (Table table : tables) {
                Paragraph caption = new Paragraph(PdfFonts.phrase(table.title(), 12, Font.BOLD, null));
                caption.setSpacingBefore(8);
                caption.setSpacingAfter(6);
                document.add(caption);
                PdfPTable pdf = new PdfPTable(table.headers().size());
                pdf.setWidthPercentage(100);
                pdf.setHeaderRows(1);
                for (String h : table.headers()) {
                    PdfPCell cell = new PdfPCell(PdfFonts.phrase(h, 9, Font.BOLD, null));
                    cell.setGrayFill(0.9f);
                    pdf.addCell(cell);
                }
                for (List<String> row : table.rows()) {
                    row.forEach(v -> pdf.addCell(new PdfPCell(PdfFonts.phrase(v, 9))));
                }
                if (table.rows().isEmpty()) {
                    PdfPCell none = new PdfPCell(PdfFonts.phrase("—", 9));
                    none.setColspan(table.headers().size());
                    pdf.addCell(none);
                }
                document.add(pdf);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
    }

    /** Excel refuses some characters in a sheet's name and more than 31 of them. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
