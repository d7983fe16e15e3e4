package org.cadre.cadres.internal.file;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cadre.organization.AssignmentRecord;

/**
 * The résumé (简历) as the approval form prints it: the lines recorded in the file (study, work before the company)
 * merged with the assignments the organization keeps, in order of their start; a line recorded and an assignment
 * starting the same month come recorded first. A line reads {@code 2015.07--2019.06  text}, an open one
 * {@code 2019.07--  text}.
 */
final class Resume {

    /** A résumé line; {@code lineId} is the recorded line's, null for an assignment. */
    record Entry(LocalDate from, LocalDate to, String text, Long lineId) {

        public String formatted() {
            return Section.Dates.month(from) + "--" + Section.Dates.month(to) + "  " + text;
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(\\d{4})[.\\-/年]?(\\d{1,2})月?\\s*(?:--|—+|–|-|~|～|至)\\s*(?:(\\d{4})[.\\-/年]?(\\d{1,2})月?)?\\s*(.*?)\\s*$");

    private Resume() {
    }

    static List<Entry> merge(List<Line> recorded, List<AssignmentRecord> assignments) {
        List<Entry> entries = new ArrayList<>();
        recorded.forEach(l -> entries.add(new Entry(l.date("dateFrom"), l.date("dateTo"), l.text("text"), l.id())));
        // an annulled assignment was recorded in error: never held, so not in the résumé
        assignments.stream().filter(a -> !a.annulled()).forEach(a -> entries.add(new Entry(a.validFrom(), a.validTo(), assignmentText(a), null)));
        entries.sort(Comparator.comparing(Entry::from, Comparator.comparing(Resume::month))
                .thenComparing(e -> e.lineId() == null)
                .thenComparing(Entry::from)
                .thenComparing(Entry::to, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    /** What a line of the résumé says of an assignment: the unit and the post, as the unit was then called. */
    static String assignmentText(AssignmentRecord a) {
        String text = (a.unitName() == null ? "" : a.unitName()) + a.postTitle();
        return "CONCURRENT".equals(a.kind()) ? text + "（兼）" : text;
    }

    private static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    /** A line as the form writes it, or empty when it does not read as "from--to text". */
    static Optional<Entry> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches() || m.group(5).isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            LocalDate to = m.group(3) == null ? null
                    : LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), 1);
            if (to != null && to.isBefore(from)) {
                return Optional.empty();
            }
            return Optional.of(new Entry(from, to, m.group(5), null));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
