package org.cadre.cadres.internal.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.cadre.shared.PdfFonts;

/**
 * The approval form as an A4 PDF in the standard layout of {@link FormLayout}: two pages, and the résumé's
 * continuation sheets when it needs them.
 */
final class FormPdf implements FormLayout.Sink {

    private static final float SIZE = FormLayout.SIZE;
    /** The width of a résumé entry's dates (2004.07--2010.03 and two spaces) in the form's font. */
    private static final float RESUME_INDENT = 98;

    private final Document document;
    private PdfPTable table = table();

    private FormPdf(Document document) {
        this.document = document;
    }

    static byte[] write(FormData form, FormLabels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(labels.get("title") + " " + form.name());
        document.open();
        FormPdf pdf = new FormPdf(document);
        FormLayout.write(form, labels, pdf);
        pdf.endTable();
        document.close();
        return out.toByteArray();
    }

    @Override
    public void title(String text) {
        Paragraph title = new Paragraph(PdfFonts.phrase(text, 20, Font.BOLD, null));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(10);
        document.add(title);
    }

    @Override
    public void cell(FormLayout.Kind kind, String text, int columns, int rows, float minHeight) {
        table.addCell(drawn(kind, text, columns, rows, minHeight));
    }

    /**
     * The height of a résumé cell {@code width} points wide holding {@code text} as this PDF draws it, its padding
     * included: how {@link FormLayout} decides how much of the résumé a cell holds.
     */
    static float resumeHeight(String text, float width) {
        PdfPTable t = new PdfPTable(1);
        t.setTotalWidth(width);
        t.setLockedWidth(true);
        t.addCell(drawn(FormLayout.Kind.RESUME, text, 1, 1, 0));
        return t.getRowHeight(0);
    }

    private static PdfPCell drawn(FormLayout.Kind kind, String text, int columns, int rows, float minHeight) {
        PdfPCell cell = switch (kind) {
            case RESUME -> resume(text);
            default -> new PdfPCell(PdfFonts.phrase(text == null ? "" : text, SIZE));
        };
        cell.setMinimumHeight(minHeight);
        cell.setPadding(kind == FormLayout.Kind.LABEL || kind == FormLayout.Kind.VALUE ? FormLayout.PADDING : 4);
        cell.setColspan(columns);
        cell.setRowspan(rows);
        switch (kind) {
            case LABEL, VALUE -> {
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            }
            case TEXT -> {
                cell.setHorizontalAlignment(Element.ALIGN_LEFT);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            }
            case BLOCK, RESUME -> {
                cell.setHorizontalAlignment(Element.ALIGN_LEFT);
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                cell.setPaddingTop(8);
            }
            case SIGNATURE -> {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
                cell.setPaddingRight(12);
                cell.setPaddingBottom(8);
            }
        }
        return cell;
    }

    /** One paragraph per entry; an entry too long for a line continues under its text, not under its dates. */
    private static PdfPCell resume(String text) {
        PdfPCell cell = new PdfPCell();
        for (String line : (text == null ? "" : text).split("\n")) {
            Paragraph p = new Paragraph(PdfFonts.phrase(line, SIZE));
            p.setLeading(SIZE * 1.5f);
            p.setIndentationLeft(RESUME_INDENT);
            p.setFirstLineIndent(-RESUME_INDENT);
            cell.addElement(p);
        }
        return cell;
    }

    @Override
    public void photo(FormData.Photo photo, String placeholder, int rows) {
        PdfPCell cell;
        if (photo != null) {
            try {
                Image image = Image.getInstance(photo.content());
                image.scaleToFit(80, 110);
                cell = new PdfPCell(image, false);
            } catch (IOException | RuntimeException e) {
                cell = new PdfPCell(PdfFonts.phrase(placeholder, SIZE));
            }
        } else {
            cell = new PdfPCell(PdfFonts.phrase(placeholder, SIZE));
        }
        cell.setRowspan(rows);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        table.addCell(cell);
    }

    @Override
    public void nextPage() {
        endTable();
        document.newPage();
    }

    /** Adds the current page's table, if it has cells, and starts the next. */
    private void endTable() {
        if (table.size() > 0) {
            document.add(table);
        }
        table = table();
    }

    @Override
    public void footer(String text) {
        endTable();
        Paragraph footer = new Paragraph(PdfFonts.phrase(text, SIZE));
        footer.setSpacingBefore(6);
        document.add(footer);
    }

    private static PdfPTable table() {
        PdfPTable t = new PdfPTable(FormLayout.WIDTHS);
        t.setWidthPercentage(100);
        return t;
    }
}
