package org.cadre.cadres.internal.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

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
 * The approval form as a two-page A4 PDF in the standard layout: particulars with the photo, education, posts and
 * résumé on the first page; rewards and punishments, annual results, the reason, family members and the approval
 * areas on the second.
 */
final class FormPdf {

    private static final float SIZE = 10.5f;
    private static final float[] WIDTHS = {1.25f, 1.35f, 1f, 1.35f, 1.3f, 1.45f, 1.5f};
    /** The text width of the table on A4 with the margins below. */
    private static final float TABLE_WIDTH = PageSize.A4.getWidth() - 84;
    private static final float PADDING = 3;
    /** The width of a résumé entry's dates (2004.07--2010.03 and two spaces) in the form's font. */
    private static final float RESUME_INDENT = 98;

    private FormPdf() {
    }

    static byte[] write(FormData form, FormLabels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(labels.get("title") + " " + form.name());
        document.open();
        Paragraph title = new Paragraph(PdfFonts.phrase(labels.get("title"), 20, Font.BOLD, null));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(10);
        document.add(title);
        document.add(firstPage(form, labels));
        document.newPage();
        document.add(secondPage(form, labels));
        Paragraph footer = new Paragraph(PdfFonts.phrase(labels.field("filledBy") + "：" + form.filledBy() + "        "
                + labels.field("fillDate") + "：" + FormLabels.day(form.fillDate()), SIZE));
        footer.setSpacingBefore(6);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable firstPage(FormData f, FormLabels l) {
        PdfPTable t = table();
        t.addCell(label(l.field("name"), 0));
        t.addCell(value(f.name()));
        t.addCell(label(l.field("gender"), 2));
        t.addCell(value(f.gender()));
        t.addCell(label(l.get("birth"), 4));
        t.addCell(value(l.birth(f)));
        t.addCell(photo(f, l));
        t.addCell(label(l.field("ethnicity"), 0));
        t.addCell(value(f.ethnicity()));
        t.addCell(label(l.field("nativePlace"), 2));
        t.addCell(value(f.nativePlace()));
        t.addCell(label(l.field("birthplace"), 4));
        t.addCell(value(f.birthplace()));
        t.addCell(label(l.field("partyJoinDate"), 0));
        t.addCell(value(FormLabels.month(f.partyJoinDate())));
        t.addCell(label(l.field("workStartDate"), 2));
        t.addCell(value(FormLabels.month(f.workStartDate())));
        t.addCell(label(l.field("health"), 4));
        t.addCell(value(f.health()));
        t.addCell(label(l.field("professionalTitle"), 0));
        t.addCell(span(value(f.professionalTitle()), 2, 1));
        t.addCell(label(l.field("specialty"), 3));
        t.addCell(span(value(f.specialty()), 2, 1));
        education(t, f, l);
        t.addCell(label(l.field("currentPost"), 0));
        t.addCell(span(left(f.currentPost()), 6, 1));
        t.addCell(label(l.field("proposedPost"), 0));
        t.addCell(span(left(f.proposedPost()), 6, 1));
        t.addCell(label(l.field("removedPost"), 0));
        t.addCell(span(left(f.removedPost()), 6, 1));
        PdfPCell resumeLabel = label(vertical(l.get("resume")), 0);
        resumeLabel.setMinimumHeight(460);
        t.addCell(resumeLabel);
        t.addCell(span(resume(f.resume()), 6, 1));
        return t;
    }

    private static void education(PdfPTable t, FormData f, FormLabels l) {
        t.addCell(span(label(l.get("educationDegree"), 0), 1, 2));
        row(t, l.get("fulltime"), f.fulltime(), l);
        row(t, l.get("inservice"), f.inservice(), l);
    }

    private static void row(PdfPTable t, String kind, FormData.Education e, FormLabels l) {
        t.addCell(label(kind, 1));
        t.addCell(span(value(join(e.education(), e.degree())), 2, 1));
        t.addCell(label(l.get("school"), 4));
        t.addCell(span(left(join(e.educationSchool(), e.degreeSchool().equals(e.educationSchool()) ? "" : e.degreeSchool())), 2, 1));
    }

    private static PdfPTable secondPage(FormData f, FormLabels l) {
        PdfPTable t = table();
        PdfPCell rewards = label(vertical(l.get("rewards")), 0);
        rewards.setMinimumHeight(130);
        t.addCell(rewards);
        t.addCell(span(block(f.rewards().isEmpty() ? l.get("none") : String.join("\n", f.rewards())), 6, 1));
        PdfPCell annual = label(l.get("annualResults"), 0);
        annual.setMinimumHeight(60);
        t.addCell(annual);
        t.addCell(span(left(f.annualResults()), 6, 1));
        PdfPCell reason = label(l.field("reason"), 0);
        reason.setMinimumHeight(70);
        t.addCell(reason);
        t.addCell(span(left(f.reason()), 6, 1));
        int rows = Math.max(6, f.family().size());
        t.addCell(span(label(l.get("family"), 0), 1, rows + 1));
        t.addCell(label(l.field("relation"), 1));
        t.addCell(label(l.field("name"), 2));
        t.addCell(label(l.get("familyAge"), 3));
        t.addCell(label(l.field("political"), 4));
        t.addCell(span(label(l.field("employerPost"), 5), 2, 1));
        for (int i = 0; i < rows; i++) {
            FormData.Family m = i < f.family().size() ? f.family().get(i) : null;
            t.addCell(value(m == null ? "" : m.relation()));
            t.addCell(value(m == null ? "" : m.name()));
            t.addCell(value(m == null || m.age() == null ? "" : String.valueOf(m.age())));
            t.addCell(value(m == null ? "" : ApprovalForm.nz(m.political())));
            t.addCell(span(left(m == null ? "" : ApprovalForm.nz(m.employerPost())), 2, 1));
        }
        PdfPCell body = label(l.field("approvingBody"), 0);
        body.setMinimumHeight(110);
        t.addCell(body);
        t.addCell(span(signature(f.approvingBody(), l), 6, 1));
        PdfPCell approval = label(l.get("approvalOpinion"), 0);
        approval.setMinimumHeight(110);
        t.addCell(approval);
        t.addCell(span(signature("", l), 3, 1));
        t.addCell(label(l.get("adminOpinion"), 4));
        t.addCell(span(signature("", l), 2, 1));
        return t;
    }

    private static PdfPCell signature(String text, FormLabels l) {
        PdfPCell cell = left(text + "\n\n\n" + l.get("seal") + "\n" + l.get("dateLine"));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        cell.setPaddingRight(12);
        cell.setPaddingBottom(8);
        return cell;
    }

    private static PdfPCell photo(FormData f, FormLabels l) {
        PdfPCell cell;
        if (f.photo() != null) {
            try {
                Image image = Image.getInstance(f.photo().content());
                image.scaleToFit(80, 110);
                cell = new PdfPCell(image, false);
            } catch (IOException | RuntimeException e) {
                cell = new PdfPCell(PdfFonts.phrase(l.get("photo"), SIZE));
            }
        } else {
            cell = new PdfPCell(PdfFonts.phrase(l.get("photo"), SIZE));
        }
        cell.setRowspan(4);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPTable table() {
        PdfPTable t = new PdfPTable(WIDTHS);
        t.setWidthPercentage(100);
        return t;
    }

    /**
     * A label in the table's {@code column} (its first column when it spans several): a Chinese label too long for
     * one line is broken into balanced lines (出生年月 / （岁）) rather than leaving one character alone on the last.
     */
    private static PdfPCell label(String text, int column) {
        return value(balanced(text, WIDTHS[column] / sum(WIDTHS) * TABLE_WIDTH - 2 * PADDING));
    }

    static String balanced(String text, float width) {
        if (text == null || text.contains("\n") || text.chars().anyMatch(c -> c < 0x2E80)) {
            return text;
        }
        int perLine = Math.max(1, (int) (width / SIZE));
        int length = text.length();
        if (length <= perLine) {
            return text;
        }
        int lines = (length + perLine - 1) / perLine;
        int each = (length + lines - 1) / lines;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i += each) {
            out.append(i == 0 ? "" : "\n").append(text, i, Math.min(length, i + each));
        }
        return out.toString();
    }

    /** A short Chinese label of a tall cell (简历) written top to bottom, as the standard form prints it. */
    private static String vertical(String text) {
        if (text.length() > 4 || text.chars().anyMatch(c -> c < 0x2E80)) {
            return text;
        }
        return String.join("\n\n\n", text.split(""));
    }

    private static float sum(float[] widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        return total;
    }

    private static PdfPCell value(String text) {
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text == null ? "" : text, SIZE));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setMinimumHeight(30);
        cell.setPadding(3);
        return cell;
    }

    /**
     * The résumé, one paragraph per entry from the top of its cell; an entry too long for one line continues under
     * its text, not under its dates, as on the standard form.
     */
    private static PdfPCell resume(List<String> lines) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(4);
        cell.setPaddingTop(8);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        for (String line : lines) {
            Paragraph p = new Paragraph(PdfFonts.phrase(line, SIZE));
            p.setLeading(SIZE * 1.5f);
            p.setIndentationLeft(RESUME_INDENT);
            p.setFirstLineIndent(-RESUME_INDENT);
            cell.addElement(p);
        }
        return cell;
    }

    /** A tall text area (rewards and punishments): from the top of its cell. */
    private static PdfPCell block(String text) {
        PdfPCell cell = left(text);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setPaddingTop(8);
        return cell;
    }

    private static PdfPCell left(String text) {
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text == null ? "" : text, SIZE));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setMinimumHeight(30);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell span(PdfPCell cell, int columns, int rows) {
        cell.setColspan(columns);
        cell.setRowspan(rows);
        return cell;
    }

    private static String join(String a, String b) {
        return List.of(a, b).stream().filter(s -> s != null && !s.isBlank()).reduce((x, y) -> x + "\n" + y).orElse("");
    }
}
