package org.cadre.cadres.internal.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The approval form as a Word document (.docx): the same content as the PDF, as one table of four columns. */
final class FormDocx {

    private static final int COLUMNS = 4;

    private FormDocx() {
    }

    static byte[] write(FormData f, FormLabels l) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setText(l.get("title"));
            run.setBold(true);
            run.setFontSize(18);
            run.setFontFamily("SimSun");
            XWPFTable t = doc.createTable(1, COLUMNS);
            t.setWidth("100%");
            boolean first = true;
            first = pair(t, first, l.field("name"), f.name(), l.field("gender"), f.gender());
            pair(t, false, l.get("birth"), l.birth(f).replace('\n', ' '), l.field("ethnicity"), f.ethnicity());
            pair(t, false, l.field("nativePlace"), f.nativePlace(), l.field("birthplace"), f.birthplace());
            pair(t, false, l.field("partyJoinDate"), FormLabels.month(f.partyJoinDate()), l.field("workStartDate"),
                    FormLabels.month(f.workStartDate()));
            pair(t, false, l.field("health"), f.health(), l.field("professionalTitle"), f.professionalTitle());
            wide(t, l.field("specialty"), f.specialty());
            pair(t, false, l.get("fulltime"), join(f.fulltime().education(), f.fulltime().degree()), l.get("school"),
                    f.fulltime().educationSchool());
            pair(t, false, l.get("inservice"), join(f.inservice().education(), f.inservice().degree()),
                    l.get("school"), f.inservice().educationSchool());
            wide(t, l.field("currentPost"), f.currentPost());
            wide(t, l.field("proposedPost"), f.proposedPost());
            wide(t, l.field("removedPost"), f.removedPost());
            wide(t, l.get("resume"), String.join("\n", f.resume()));
            wide(t, l.get("rewards"), f.rewards().isEmpty() ? l.get("none") : String.join("\n", f.rewards()));
            wide(t, l.get("annualResults"), f.annualResults());
            wide(t, l.field("reason"), f.reason());
            photo(doc, t, f, l);
            XWPFParagraph familyTitle = doc.createParagraph();
            text(familyTitle, l.get("family"), true);
            XWPFTable family = doc.createTable(1, 5);
            family.setWidth("100%");
            List<String> head = List.of(l.field("relation"), l.field("name"), l.get("familyAge"),
                    l.field("political"), l.field("employerPost"));
            for (int i = 0; i < head.size(); i++) {
                set(family.getRow(0).getCell(i), head.get(i), true);
            }
            for (FormData.Family m : f.family()) {
                XWPFTableRow row = family.createRow();
                set(row.getCell(0), m.relation(), false);
                set(row.getCell(1), m.name(), false);
                set(row.getCell(2), m.age() == null ? "" : String.valueOf(m.age()), false);
                set(row.getCell(3), m.political(), false);
                set(row.getCell(4), m.employerPost(), false);
            }
            XWPFTable approval = doc.createTable(1, 2);
            approval.setWidth("100%");
            set(approval.getRow(0).getCell(0), l.field("approvingBody"), true);
            set(approval.getRow(0).getCell(1), f.approvingBody() + "\n" + l.get("seal") + "  " + l.get("dateLine"), false);
            XWPFTableRow opinion = approval.createRow();
            set(opinion.getCell(0), l.get("approvalOpinion"), true);
            set(opinion.getCell(1), "\n" + l.get("seal") + "  " + l.get("dateLine"), false);
            XWPFTableRow admin = approval.createRow();
            set(admin.getCell(0), l.get("adminOpinion"), true);
            set(admin.getCell(1), "\n" + l.get("seal") + "  " + l.get("dateLine"), false);
            XWPFParagraph footer = doc.createParagraph();
            text(footer, l.field("filledBy") + "：" + f.filledBy() + "    " + l.field("fillDate") + "："
                    + FormLabels.day(f.fillDate()), false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the first row (created with the table) or a new one with two labels and their values. */
    private static boolean pair(XWPFTable t, boolean first, String label1, String value1, String label2,
                                String value2) {
        XWPFTableRow row = first ? t.getRow(0) : t.createRow();
        set(row.getCell(0), label1, true);
        set(row.getCell(1), value1, false);
        set(row.getCell(2), label2, true);
        set(row.getCell(3), value2, false);
        return false;
    }

    /** A label and a value that spans the other three columns. */
    private static void wide(XWPFTable t, String label, String value) {
        XWPFTableRow row = t.createRow();
        set(row.getCell(0), label, true);
        set(row.getCell(1), value, false);
        row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS - 1));
        row.removeCell(3);
        row.removeCell(2);
    }

    private static void photo(XWPFDocument doc, XWPFTable t, FormData f, FormLabels l) throws IOException {
        if (f.photo() == null) {
            return;
        }
        XWPFTableRow row = t.createRow();
        set(row.getCell(0), l.get("photo"), true);
        row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS - 1));
        row.removeCell(3);
        row.removeCell(2);
        XWPFRun run = row.getCell(1).getParagraphs().get(0).createRun();
        int type = f.photo().contentType() != null && f.photo().contentType().contains("png")
                ? XWPFDocument.PICTURE_TYPE_PNG : XWPFDocument.PICTURE_TYPE_JPEG;
        try {
            run.addPicture(new ByteArrayInputStream(f.photo().content()), type, "photo", Units.toEMU(80),
                    Units.toEMU(110));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static void set(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        text(p, text, bold);
    }

    private static void text(XWPFParagraph p, String text, boolean bold) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontFamily("SimSun");
        run.setFontSize(10);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? a : a + " " + b;
    }
}
