package org.cadre.cadres.internal.file;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard layout of the approval form (干部任免审批表), once for the PDF and the Word document: two A4 pages,
 * each one table of seven columns, cells placed left to right and top to bottom (a cell spanning rows keeps its
 * columns taken in the rows below), as both OpenPDF and Word lay tables out. Page 1: particulars with the photo top
 * right, education, current / proposed / removed posts and the long résumé cell; page 2: rewards and punishments,
 * annual results, the reason, the family members (称谓, 姓名, 年龄, 政治面貌, 工作单位及职务), the reporting unit and
 * the approval opinions with their seal areas; then filled-by and the date under the table.
 * <p>
 * The two standard pages keep their layout however long the résumé: what does not fit its cell on page 1 (measured
 * as the PDF draws it, {@link FormPdf#resumeHeight}) ends there with "（续见附页）" and goes on in a continuation sheet
 * (续表) after page 2: the title, the person's name and 简历（续） in a tall cell, a sheet more as long as it takes.
 * Entries are never split between sheets.
 */
final class FormLayout {

    /** The relative widths of the seven columns. */
    static final float[] WIDTHS = {1.25f, 1.35f, 1f, 1.35f, 1.3f, 1.45f, 1.5f};
    /** The table's width in points on A4 with 42 pt margins. */
    static final float TABLE_WIDTH = 595f - 84;
    static final float SIZE = 10.5f;
    static final float PADDING = 3;
    static final int MIN_FAMILY_ROWS = 6;
    /** The résumé cell's height on page 1 of the standard form. */
    static final float RESUME_HEIGHT = 430;
    /** The résumé cell's height on a continuation sheet: what is left of an A4 page under the title and the name. */
    static final float CONTINUED_HEIGHT = 640;

    enum Kind {
        /** A label: centred; a Chinese one too long for a line broken into balanced lines. */
        LABEL,
        /** A short value: centred. */
        VALUE,
        /** A longer value: left, centred vertically. */
        TEXT,
        /** A tall text area: from the top left. */
        BLOCK,
        /** The résumé: one entry a paragraph, from the top, wrapped lines indented under the entry's text. */
        RESUME,
        /** An opinion or the reporting unit: the text, then the seal and date lines at the bottom right. */
        SIGNATURE
    }

    /** Where the layout goes: a PDF or a Word document; its writer ends the last page's table after {@link #write}. */
    interface Sink {

        /** A title above the page's table. */
        void title(String text);

        void cell(Kind kind, String text, int columns, int rows, float minHeight);

        void photo(FormData.Photo photo, String placeholder, int rows);

        /** Ends the current page's table and starts the next page. */
        void nextPage();

        /** A line of text under the table. */
        void footer(String text);
    }

    private FormLayout() {
    }

    static void write(FormData f, FormLabels l, Sink s) {
        List<List<String>> resume = sheets(f.resume(), l.get("resumeContinuedMark"), l.get("resumeContinuedNextMark"));
        s.title(l.get("title"));
        label(s, l.field("name"), 0);
        s.cell(Kind.VALUE, f.name(), 1, 1, 30);
        label(s, l.field("gender"), 2);
        s.cell(Kind.VALUE, f.gender(), 1, 1, 30);
        label(s, l.get("birth"), 4);
        s.cell(Kind.VALUE, l.birth(f), 1, 1, 30);
        s.photo(f.photo(), l.get("photo"), 4);
        label(s, l.field("ethnicity"), 0);
        s.cell(Kind.VALUE, f.ethnicity(), 1, 1, 30);
        label(s, l.field("nativePlace"), 2);
        s.cell(Kind.VALUE, f.nativePlace(), 1, 1, 30);
        label(s, l.field("birthplace"), 4);
        s.cell(Kind.VALUE, f.birthplace(), 1, 1, 30);
        label(s, l.field("partyJoinDate"), 0);
        s.cell(Kind.VALUE, FormLabels.month(f.partyJoinDate()), 1, 1, 30);
        label(s, l.field("workStartDate"), 2);
        s.cell(Kind.VALUE, FormLabels.month(f.workStartDate()), 1, 1, 30);
        label(s, l.field("health"), 4);
        s.cell(Kind.VALUE, f.health(), 1, 1, 30);
        label(s, l.field("professionalTitle"), 0);
        s.cell(Kind.VALUE, f.professionalTitle(), 2, 1, 30);
        label(s, l.field("specialty"), 3);
        s.cell(Kind.VALUE, f.specialty(), 2, 1, 30);
        s.cell(Kind.LABEL, balanced(l.get("educationDegree"), 0), 1, 2, 30);
        education(s, l.get("fulltime"), f.fulltime(), l);
        education(s, l.get("inservice"), f.inservice(), l);
        label(s, l.field("currentPost"), 0);
        s.cell(Kind.TEXT, f.currentPost(), 6, 1, 30);
        label(s, l.field("proposedPost"), 0);
        s.cell(Kind.TEXT, f.proposedPost(), 6, 1, 30);
        label(s, l.field("removedPost"), 0);
        s.cell(Kind.TEXT, f.removedPost(), 6, 1, 30);
        s.cell(Kind.LABEL, vertical(l.get("resume")), 1, 1, RESUME_HEIGHT);
        s.cell(Kind.RESUME, String.join("\n", resume.get(0)), 6, 1, RESUME_HEIGHT);

        s.nextPage();
        s.cell(Kind.LABEL, vertical(l.get("rewards")), 1, 1, 130);
        s.cell(Kind.BLOCK, f.rewards().isEmpty() ? l.get("none") : String.join("\n", f.rewards()), 6, 1, 130);
        label(s, l.get("annualResults"), 0, 60);
        s.cell(Kind.TEXT, f.annualResults(), 6, 1, 60);
        label(s, l.field("reason"), 0, 70);
        s.cell(Kind.TEXT, f.reason(), 6, 1, 70);
        int rows = Math.max(MIN_FAMILY_ROWS, f.family().size());
        s.cell(Kind.LABEL, balanced(l.get("family"), 0), 1, rows + 1, 30);
        label(s, l.field("relation"), 1);
        label(s, l.field("name"), 2);
        label(s, l.get("familyAge"), 3);
        label(s, l.field("political"), 4);
        s.cell(Kind.LABEL, balanced(l.field("employerPost"), 5), 2, 1, 30);
        for (int i = 0; i < rows; i++) {
            FormData.Family m = i < f.family().size() ? f.family().get(i) : null;
            s.cell(Kind.VALUE, m == null ? "" : m.relation(), 1, 1, 30);
            s.cell(Kind.VALUE, m == null ? "" : m.name(), 1, 1, 30);
            s.cell(Kind.VALUE, m == null || m.age() == null ? "" : String.valueOf(m.age()), 1, 1, 30);
            s.cell(Kind.VALUE, m == null ? "" : ApprovalForm.nz(m.political()), 1, 1, 30);
            s.cell(Kind.TEXT, m == null ? "" : ApprovalForm.nz(m.employerPost()), 2, 1, 30);
        }
        String seal = "\n\n\n" + l.get("seal") + "\n" + l.get("dateLine");
        label(s, l.field("approvingBody"), 0, 110);
        s.cell(Kind.SIGNATURE, ApprovalForm.nz(f.approvingBody()) + seal, 6, 1, 110);
        label(s, l.get("approvalOpinion"), 0, 110);
        s.cell(Kind.SIGNATURE, seal, 3, 1, 110);
        label(s, l.get("adminOpinion"), 4, 110);
        s.cell(Kind.SIGNATURE, seal, 2, 1, 110);
        s.footer(l.field("filledBy") + "：" + f.filledBy() + "        " + l.field("fillDate") + "："
                + FormLabels.day(f.fillDate()));
        for (List<String> sheet : resume.subList(1, resume.size())) {
            s.nextPage();
            s.title(l.get("continuationTitle"));
            label(s, l.field("name"), 0);
            s.cell(Kind.TEXT, f.name(), 6, 1, 30);
            s.cell(Kind.LABEL, vertical(l.get("resumeContinued")), 1, 1, CONTINUED_HEIGHT);
            s.cell(Kind.RESUME, String.join("\n", sheet), 6, 1, CONTINUED_HEIGHT);
        }
    }

    /**
     * The résumé's lines a sheet: first what page 1's cell holds, then a continuation sheet's each. A sheet that
     * does not hold the rest ends with {@code mark} (on page 1) or {@code nextMark} (on a continuation sheet);
     * a continuation sheet takes at least one entry, however long, so that every entry is printed once.
     */
    static List<List<String>> sheets(List<String> entries, String mark, String nextMark) {
        float width = width(1, 6);
        // one paragraph an entry, stacked: a cell's height is its padding and its entries' heights added up
        float padding = FormPdf.resumeHeight("", width);
        float[] heights = new float[entries.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = FormPdf.resumeHeight(entries.get(i), width) - padding;
        }
        float markHeight = FormPdf.resumeHeight(mark, width) - padding;
        float nextMarkHeight = FormPdf.resumeHeight(nextMark, width) - padding;
        List<List<String>> sheets = new ArrayList<>();
        int from = 0;
        while (true) {
            boolean first = sheets.isEmpty();
            float room = (first ? RESUME_HEIGHT : CONTINUED_HEIGHT) - padding;
            float rest = 0;
            for (int i = from; i < heights.length; i++) {
                rest += heights[i];
            }
            if (rest <= room) {
                sheets.add(entries.subList(from, entries.size()));
                return sheets;
            }
            room -= first ? markHeight : nextMarkHeight;
            int to = from;
            float used = 0;
            while (to < heights.length && (used + heights[to] <= room || (!first && to == from))) {
                used += heights[to++];
            }
            if (to == entries.size()) {
                // one entry too long for a sheet of its own: it is the last, the cell grows to hold it
                sheets.add(entries.subList(from, to));
                return sheets;
            }
            sheets.add(with(entries.subList(from, to), first ? mark : nextMark));
            from = to;
        }
    }

    private static List<String> with(List<String> lines, String last) {
        List<String> all = new ArrayList<>(lines);
        all.add(last);
        return all;
    }

    private static void education(Sink s, String kind, FormData.Education e, FormLabels l) {
        label(s, kind, 1);
        s.cell(Kind.VALUE, join(e.education(), e.degree()), 2, 1, 30);
        label(s, l.get("school"), 4);
        s.cell(Kind.TEXT, join(e.educationSchool(), e.degreeSchool().equals(e.educationSchool()) ? "" : e.degreeSchool()),
                2, 1, 30);
    }

    private static void label(Sink s, String text, int column) {
        label(s, text, column, 30);
    }

    private static void label(Sink s, String text, int column, float minHeight) {
        s.cell(Kind.LABEL, balanced(text, column), 1, 1, minHeight);
    }

    /** The label broken for the width of the table's {@code column} (its first, when it spans several). */
    static String balanced(String text, int column) {
        return balanced(text, width(column, 1) - 2 * PADDING);
    }

    /** The width in points of {@code columns} columns from {@code column}. */
    static float width(int column, int columns) {
        float w = 0;
        for (int k = column; k < column + columns; k++) {
            w += WIDTHS[k];
        }
        return w / total() * TABLE_WIDTH;
    }

    /**
     * A Chinese label too long for one line of {@code width} points broken into lines of nearly equal length (出生年月
     * / （岁）), rather than leaving one character alone on the last; other text as it is (it wraps at its spaces).
     */
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

    /**
     * A short Chinese label of a tall cell (简历, 奖惩情况) written top to bottom, as the standard form prints it; a
     * remark in full-width brackets after it (简历（续）) stays whole on the last line.
     */
    static String vertical(String text) {
        int bracket = text.indexOf('（');
        String word = bracket > 0 && text.endsWith("）") ? text.substring(0, bracket) : text;
        if (word.length() > 4 || text.chars().anyMatch(c -> c < 0x2E80)) {
            return text;
        }
        String lines = String.join("\n\n\n", word.split(""));
        return word.equals(text) ? lines : lines + "\n\n\n" + text.substring(bracket);
    }

    static float total() {
        float total = 0;
        for (float w : WIDTHS) {
            total += w;
        }
        return total;
    }

    private static String join(String a, String b) {
        return List.of(a, b).stream().filter(x -> x != null && !x.isBlank()).reduce((x, y) -> x + "\n" + y).orElse("");
    }
}
