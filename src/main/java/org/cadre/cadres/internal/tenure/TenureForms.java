package org.cadre.cadres.internal.tenure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the tenure and deployment pages, as the browser posts them. */
public final class TenureForms {

    static final int INDICATOR_ROWS = 6;

    private TenureForms() {
    }

    public static class TermForm {
        private Term.Kind kind = Term.Kind.POST;
        private String employeeNo;
        private Long unitId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startDate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expectedEnd;

        TenureCommands.TermSpec toSpec() {
            return new TenureCommands.TermSpec(kind, employeeNo, unitId, startDate, expectedEnd);
        }

        public Term.Kind getKind() { return kind; }
        public void setKind(Term.Kind kind) { this.kind = kind; }
        public String getEmployeeNo() { return employeeNo; }
        public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo; }
        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public LocalDate getStartDate() { return startDate; }
        public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
        public LocalDate getExpectedEnd() { return expectedEnd; }
        public void setExpectedEnd(LocalDate expectedEnd) { this.expectedEnd = expectedEnd; }
    }

    public static class IndicatorRow {
        private String name;
        private BigDecimal weight;
        private BigDecimal target;
        private String measureUnit;
        private ScoringRule rule = ScoringRule.LINEAR;
        private BigDecimal capPercent;
        private BigDecimal deduction;
        private boolean lowerIsBetter;

        TenureCommands.IndicatorSpec toSpec() {
            return new TenureCommands.IndicatorSpec(name, weight, target, measureUnit, rule, capPercent, deduction,
                    lowerIsBetter);
        }

        public boolean isLowerIsBetter() { return lowerIsBetter; }
        public void setLowerIsBetter(boolean lowerIsBetter) { this.lowerIsBetter = lowerIsBetter; }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public BigDecimal getWeight() { return weight; }
        public void setWeight(BigDecimal weight) { this.weight = weight; }
        public BigDecimal getTarget() { return target; }
        public void setTarget(BigDecimal target) { this.target = target; }
        public String getMeasureUnit() { return measureUnit; }
        public void setMeasureUnit(String measureUnit) { this.measureUnit = measureUnit; }
        public ScoringRule getRule() { return rule; }
        public void setRule(ScoringRule rule) { this.rule = rule; }
        public BigDecimal getCapPercent() { return capPercent; }
        public void setCapPercent(BigDecimal capPercent) { this.capPercent = capPercent; }
        public BigDecimal getDeduction() { return deduction; }
        public void setDeduction(BigDecimal deduction) { this.deduction = deduction; }
    }

    public static class ContractForm {
        private ContractKind kind = ContractKind.ANNUAL;
        private String employeeNo;
        private Integer year;
        private String title;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate signedOn;
        private String rewardsPenalties;
        private List<IndicatorRow> indicators = new ArrayList<>();

        static ContractForm blank(int year) {
            ContractForm form = new ContractForm();
            form.year = year;
            form.fill();
            return form;
        }

        /** Blank rows up to {@link #INDICATOR_ROWS}, so that a re-shown form has room. */
        void fill() {
            while (indicators.size() < INDICATOR_ROWS) {
                indicators.add(new IndicatorRow());
            }
        }

        TenureCommands.ContractSpec toSpec() {
            return new TenureCommands.ContractSpec(kind, employeeNo, year, title, signedOn, rewardsPenalties,
                    indicators.stream().map(IndicatorRow::toSpec).toList());
        }

        public ContractKind getKind() { return kind; }
        public void setKind(ContractKind kind) { this.kind = kind; }
        public String getEmployeeNo() { return employeeNo; }
        public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDate getSignedOn() { return signedOn; }
        public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
        public String getRewardsPenalties() { return rewardsPenalties; }
        public void setRewardsPenalties(String rewardsPenalties) { this.rewardsPenalties = rewardsPenalties; }
        public List<IndicatorRow> getIndicators() { return indicators; }
        public void setIndicators(List<IndicatorRow> indicators) { this.indicators = indicators; }
    }

    public static class EventForm {
        private DeploymentKind kind = DeploymentKind.TRANSFER;
        private String employeeNo;
        private Long toPostId;
        private Long fromAssignmentId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveDate;
        private String reason;
        private String documentNo;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate documentDate;
        private String issuingBody;
        private String overCountReason;

        DeploymentCommands.EventSpec toSpec() {
            return new DeploymentCommands.EventSpec(kind, employeeNo, toPostId, fromAssignmentId, effectiveDate, reason,
                    documentNo, documentDate, issuingBody, overCountReason);
        }

        public DeploymentKind getKind() { return kind; }
        public void setKind(DeploymentKind kind) { this.kind = kind; }
        public String getEmployeeNo() { return employeeNo; }
        public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo; }
        public Long getToPostId() { return toPostId; }
        public void setToPostId(Long toPostId) { this.toPostId = toPostId; }
        public Long getFromAssignmentId() { return fromAssignmentId; }
        public void setFromAssignmentId(Long fromAssignmentId) { this.fromAssignmentId = fromAssignmentId; }
        public LocalDate getEffectiveDate() { return effectiveDate; }
        public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public String getDocumentNo() { return documentNo; }
        public void setDocumentNo(String documentNo) { this.documentNo = documentNo; }
        public LocalDate getDocumentDate() { return documentDate; }
        public void setDocumentDate(LocalDate documentDate) { this.documentDate = documentDate; }
        public String getIssuingBody() { return issuingBody; }
        public void setIssuingBody(String issuingBody) { this.issuingBody = issuingBody; }
        public String getOverCountReason() { return overCountReason; }
        public void setOverCountReason(String overCountReason) { this.overCountReason = overCountReason; }
    }
}
