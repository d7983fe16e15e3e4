package org.cadre.congress.internal.proposals;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.ReportTables;
import org.cadre.shared.ReportTables.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures the union reports for a meeting's proposals and the handling report (提案办理情况报告) given to the next
 * meeting, as PDF and Excel. Opinions are counted in the tables but not in the figures, which are about proposals
 * and suggestions.
 */
@Component
class HandlingReport {

    /**
     * @param submitted    items that reached the committee (proposals and suggestions, not drafts)
     * @param filed        of those, filed (立案)
     * @param due          filed items answered or past their deadline
     * @param onTime       of those, answered by the deadline
     * @param rated        latest-round ratings given
     * @param content      of those, satisfied or basically satisfied
     * @param classed      answers the union classed
     * @param solved       of those, class A
     */
    public record Figures(long submitted, long filed, long due, long onTime, long rated, long content, long classed,
                   long solved) {

        public String filingRateText() {
            return rate(filingRate());
        }

        public String onTimeRateText() {
            return rate(onTimeRate());
        }

        public String satisfactionRateText() {
            return rate(satisfactionRate());
        }

        public String solvedShareText() {
            return rate(solvedShare());
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public BigDecimal filingRate() {
            return percent(filed, submitted);
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public BigDecimal onTimeRate() {
            return percent(onTime, due);
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public BigDecimal satisfactionRate() {
            return percent(content, rated);
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public BigDecimal solvedShare() {
            return percent(solved, classed);
        }

        private static BigDecimal percent(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                    RoundingMode.HALF_UP);
        }
    }

    /** The report's counts: per status, category, lead department, and answer class. */
    public record Counts(Map<String, Long> byState, Map<String, Long> byCategory, Map<String, Long> byDepartment,
                  Map<String, Long> byClass) {
    }

    private final ProposalRepository repository;
    private final OrganizationQueries organization;
    private final MessageSource messages;

    HandlingReport(ProposalRepository repository, OrganizationQueries organization, MessageSource messages) {
        this.repository = repository;
        this.organization = organization;
        this.messages = messages;
    }

    Figures figures(long meetingId, LocalDate today) {
        return repository.figures(meetingId, today);
    }

    Counts counts(long meetingId, LocalDate today, Locale locale) {
        List<ProposalRepository.Count> counts = repository.counts(meetingId);
        Map<Long, String> units = organization.unitNames(counts.stream().filter(c -> c.dimension().equals("lead"))
                .map(c -> Long.valueOf(c.value())).collect(java.util.stream.Collectors.toSet()), today);
        Map<String, Long> byState = new TreeMap<>();
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> byDepartment = new TreeMap<>();
        Map<String, Long> byClass = new TreeMap<>();
        for (ProposalRepository.Count c : counts) {
            switch (c.dimension()) {
                case "state" -> byState.merge(m("enum.ProposalState." + c.value(), locale), c.count(), Long::sum);
                case "category" -> byCategory.merge(m("enum.ProposalCategory." + c.value(), locale), c.count(), Long::sum);
                case "lead" -> byDepartment.merge(units.getOrDefault(Long.valueOf(c.value()), "#" + c.value()),
                        c.count(), Long::sum);
                default -> byClass.merge(m("enum.AnswerClass." + c.value(), locale), c.count(), Long::sum);
            }
        }
        return new Counts(byState, byCategory, byDepartment, byClass);
    }

    /** The report as tables: figures first, then the counts. */
    List<Table> tables(long meetingId, LocalDate today, Locale locale) {
        Figures f = figures(meetingId, today);
        Counts c = counts(meetingId, today, locale);
        List<List<String>> figures = List.of(
                List.of(m("proposal.figure.filingRate", locale), rate(f.filingRate()), f.filed() + " / " + f.submitted()),
                List.of(m("proposal.figure.onTimeRate", locale), rate(f.onTimeRate()), f.onTime() + " / " + f.due()),
                List.of(m("proposal.figure.satisfactionRate", locale), rate(f.satisfactionRate()),
                        f.content() + " / " + f.rated()),
                List.of(m("proposal.figure.solvedShare", locale), rate(f.solvedShare()), f.solved() + " / " + f.classed()));
        List<String> countHeaders = List.of(m("proposal.report.item", locale), m("proposal.report.count", locale));
        return List.of(
                new Table(m("proposal.report.figures", locale), List.of(m("proposal.report.figure", locale),
                        m("proposal.report.value", locale), m("proposal.report.basis", locale)), figures),
                new Table(m("proposal.report.byState", locale), countHeaders, rows(c.byState())),
                new Table(m("proposal.report.byCategory", locale), countHeaders, rows(c.byCategory())),
                new Table(m("proposal.report.byDepartment", locale), countHeaders, rows(c.byDepartment())),
                new Table(m("proposal.report.byClass", locale), countHeaders, rows(c.byClass())));
    }

    String title(Locale locale) {
        return m("proposal.report.title", locale);
    }


    void xlsx(List<Table> tables, OutputStream out) throws IOException {
        ReportTables.xlsx(tables, 24, out);
    }

    void pdf(String title, List<Table> tables, OutputStream out) {
        ReportTables.pdf(title, tables, false, out);
    }

    private static List<List<String>> rows(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList();
    }

    static String rate(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString() + "%";
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
