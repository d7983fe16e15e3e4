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
        t.addCell(label(l.field("name")));
        t.addCell(value(f.name()));
        t.addCell(label(l.field("gender")));
        t.addCell(value(f.gender()));
        t.addCell(label(l.get("birth")));
        t.addCell(value(l.birth(f)));
        t.addCell(photo(f, l));
        t.addCell(label(l.field("ethnicity")));
        t.addCell(value(f.ethnicity()));
        t.addCell(label(l.field("nativePlace")));
        t.addCell(value(f.nativePlace()));
        t.addCell(label(l.field("birthplace")));
        t.addCell(value(f.birthplace()));
        t.addCell(label(l.field("partyJoinDate")));
        t.addCell(value(FormLabels.month(f.partyJoinDate())));
        t.addCell(label(l.field("workStartDate")));
        t.addCell(value(FormLabels.month(f.workStartDate())));
        t.addCell(label(l.field("health")));
        t.addCell(value(f.health()));
        t.addCell(label(l.field("professionalTitle")));
        t.addCell(span(value(f.professionalTitle()), 2, 1));
        t.addCell(label(l.field("specialty")));
        t.addCell(span(value(f.specialty()), 2, 1));
        education(t, f, l);
        t.addCell(label(l.field("currentPost")));
        t.addCell(span(value(f.currentPost()), 6, 1));
        t.addCell(label(l.field("proposedPost")));
        t.addCell(span(value(f.proposedPost()), 6, 1));
        t.addCell(label(l.field("removedPost")));
        t.addCell(span(value(f.removedPost()), 6, 1));
        PdfPCell resumeLabel = label(l.get("resume"));
        resumeLabel.setMinimumHeight(380);
        t.addCell(resumeLabel);
        t.addCell(span(left(String.join("\n", f.resume())), 6, 1));
        return t;
    }

    private static void education(PdfPTable t, FormData f, FormLabels l) {
        t.addCell(span(label(l.get("educationDegree")), 1, 2));
        row(t, l.get("fulltime"), f.fulltime(), l);
        row(t, l.get("inservice"), f.inservice(), l);
    }

    private static void row(PdfPTable t, String kind, FormData.Education e, FormLabels l) {
        t.addCell(label(kind));
        t.addCell(span(value(join(e.education(), e.degree())), 2, 1));
        t.addCell(label(l.get("school")));
        t.addCell(span(left(join(e.educationSchool(), e.degreeSchool().equals(e.educationSchool()) ? "" : e.degreeSchool())), 2, 1));
    }

    private static PdfPTable secondPage(FormData f, FormLabels l) {
        PdfPTable t = table();
        PdfPCell rewards = label(l.get("rewards"));
        rewards.setMinimumHeight(70);
        t.addCell(rewards);
        t.addCell(span(left(f.rewards().isEmpty() ? l.get("none") : String.join("\n", f.rewards())), 6, 1));
        PdfPCell annual = label(l.get("annualResults"));
        annual.setMinimumHeight(45);
        t.addCell(annual);
        t.addCell(span(left(f.annualResults()), 6, 1));
        PdfPCell reason = label(l.field("reason"));
        reason.setMinimumHeight(60);
        t.addCell(reason);
        t.addCell(span(left(f.reason()), 6, 1));
        int rows = Math.max(6, f.family().size());
        t.addCell(span(label(l.get("family")), 1, rows + 1));
        t.addCell(label(l.field("relation")));
        t.addCell(label(l.field("name")));
        t.addCell(label(l.get("familyBirth")));
        t.addCell(label(l.field("political")));
        t.addCell(span(label(l.field("employerPost")), 2, 1));
        for (int i = 0; i < rows; i++) {
            FormData.Family m = i < f.family().size() ? f.family().get(i) : null;
            t.addCell(value(m == null ? "" : m.relation()));
            t.addCell(value(m == null ? "" : m.name()));
            t.addCell(value(m == null ? "" : FormLabels.month(m.birthDate())));
            t.addCell(value(m == null ? "" : ApprovalForm.nz(m.political())));
            t.addCell(span(left(m == null ? "" : ApprovalForm.nz(m.employerPost())), 2, 1));
        }
        PdfPCell body = label(l.field("approvingBody"));
        body.setMinimumHeight(80);
        t.addCell(body);
        t.addCell(span(signature(f.approvingBody(), l), 6, 1));
        PdfPCell approval = label(l.get("approvalOpinion"));
        approval.setMinimumHeight(80);
        t.addCell(approval);
        t.addCell(span(signature("", l), 3, 1));
        t.addCell(label(l.get("adminOpinion")));
        t.addCell(span(signature("", l), 2, 1));
        return t;
    }

    private static PdfPCell signature(String text, FormLabels l) {
        PdfPCell cell = left(text + "\n\n" + l.get("seal") + "\n" + l.get("dateLine"));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
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

    private static PdfPCell label(String text) {
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, SIZE));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setMinimumHeight(30);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell value(String text) {
        return label(text == null ? "" : text);
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
