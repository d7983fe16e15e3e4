package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadre.shared.Text;

/**
 * The cycle form of the pages: the three standard components and one custom, the bands, and the Excellent quota.
 * The API takes any list of components and quotas ({@link CycleSpec}).
 */
public class CycleForm {

    @NotNull(message = "{assessment.validation.required}")
    private CycleKind kind;
    @NotNull(message = "{assessment.validation.required}")
    @Min(value = 1990, message = "{assessment.validation.year}")
    @Max(value = 2200, message = "{assessment.validation.year}")
    private Integer year;
    @NotBlank(message = "{assessment.validation.required}")
    @Size(max = 200, message = "{assessment.validation.tooLong}")
    private String title;
    @DecimalMin(value = "0", message = "{assessment.components.weightPositive}")
    private BigDecimal businessWeight;
    @DecimalMin(value = "0", message = "{assessment.components.weightPositive}")
    private BigDecimal democraticWeight;
    @DecimalMin(value = "0", message = "{assessment.components.weightPositive}")
    private BigDecimal superiorWeight;
    @Size(max = 100, message = "{assessment.validation.tooLong}")
    private String customName;
    @DecimalMin(value = "0", message = "{assessment.components.weightPositive}")
    private BigDecimal customWeight;
    @NotNull(message = "{assessment.validation.required}")
    private BigDecimal bandExcellent;
    @NotNull(message = "{assessment.validation.required}")
    private BigDecimal bandCompetent;
    @NotNull(message = "{assessment.validation.required}")
    private BigDecimal bandBasic;
    @DecimalMin(value = "0", message = "{assessment.quota.range}")
    @DecimalMax(value = "100", message = "{assessment.quota.range}")
    private BigDecimal excellentQuota;
    private Integer version;

    /** A new cycle's form: the standard components, bands and quota. */
    static CycleForm standard(int year) {
        CycleForm form = new CycleForm();
        form.kind = CycleKind.ANNUAL;
        form.year = year;
        form.businessWeight = new BigDecimal("50");
        form.democraticWeight = new BigDecimal("30");
        form.superiorWeight = new BigDecimal("20");
        form.bandExcellent = new BigDecimal("90");
        form.bandCompetent = new BigDecimal("75");
        form.bandBasic = new BigDecimal("60");
        form.excellentQuota = new BigDecimal("20");
        return form;
    }

    static CycleForm of(Cycle cycle, List<AppraisalComponent> components, List<Quota> quotas) {
        CycleForm form = new CycleForm();
        form.kind = cycle.kind();
        form.year = cycle.year();
        form.title = cycle.title();
        form.businessWeight = null;
        form.democraticWeight = null;
        form.superiorWeight = null;
        for (AppraisalComponent c : components) {
            switch (c.kind()) {
                case BUSINESS_RESULTS -> form.businessWeight = c.weight();
                case DEMOCRATIC_APPRAISAL -> form.democraticWeight = c.weight();
                case SUPERIOR_EVALUATION -> form.superiorWeight = c.weight();
                case CUSTOM -> {
                    form.customName = c.name();
                    form.customWeight = c.weight();
                }
            }
        }
        form.bandExcellent = cycle.bands().excellent();
        form.bandCompetent = cycle.bands().competent();
        form.bandBasic = cycle.bands().basicallyCompetent();
        form.excellentQuota = quotas.stream().filter(q -> q.grade() == Grade.EXCELLENT).map(Quota::maxPercent)
                .findFirst().orElse(null);
        form.version = cycle.version();
        return form;
    }

    CycleSpec toSpec() {
        List<CycleSpec.ComponentSpec> components = new ArrayList<>();
        add(components, ComponentKind.BUSINESS_RESULTS, null, businessWeight);
        add(components, ComponentKind.DEMOCRATIC_APPRAISAL, null, democraticWeight);
        add(components, ComponentKind.SUPERIOR_EVALUATION, null, superiorWeight);
        if (Text.blankToNull(customName) != null || customWeight != null) {
            components.add(new CycleSpec.ComponentSpec(ComponentKind.CUSTOM, customName,
                    customWeight == null ? BigDecimal.ZERO : customWeight));
        }
        if (components.isEmpty()) {
            components.add(new CycleSpec.ComponentSpec(ComponentKind.BUSINESS_RESULTS, null, BigDecimal.ZERO));
        }
        List<CycleSpec.QuotaSpec> quotas = excellentQuota == null ? List.of()
                : List.of(new CycleSpec.QuotaSpec(Grade.EXCELLENT, excellentQuota));
        return new CycleSpec(kind, year, title, components,
                new CycleSpec.BandSpec(bandExcellent, bandCompetent, bandBasic), quotas);
    }

    private static void add(List<CycleSpec.ComponentSpec> list, ComponentKind kind, String name, BigDecimal weight) {
        if (weight != null && weight.signum() > 0) {
            list.add(new CycleSpec.ComponentSpec(kind, name, weight));
        }
    }

    public CycleKind getKind() { return kind; }
    public void setKind(CycleKind kind) { this.kind = kind; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getBusinessWeight() { return businessWeight; }
    public void setBusinessWeight(BigDecimal v) { this.businessWeight = v; }
    public BigDecimal getDemocraticWeight() { return democraticWeight; }
    public void setDemocraticWeight(BigDecimal v) { this.democraticWeight = v; }
    public BigDecimal getSuperiorWeight() { return superiorWeight; }
    public void setSuperiorWeight(BigDecimal v) { this.superiorWeight = v; }
    public String getCustomName() { return customName; }
    public void setCustomName(String v) { this.customName = v; }
    public BigDecimal getCustomWeight() { return customWeight; }
    public void setCustomWeight(BigDecimal v) { this.customWeight = v; }
    public BigDecimal getBandExcellent() { return bandExcellent; }
    public void setBandExcellent(BigDecimal v) { this.bandExcellent = v; }
    public BigDecimal getBandCompetent() { return bandCompetent; }
    public void setBandCompetent(BigDecimal v) { this.bandCompetent = v; }
    public BigDecimal getBandBasic() { return bandBasic; }
    public void setBandBasic(BigDecimal v) { this.bandBasic = v; }
    public BigDecimal getExcellentQuota() { return excellentQuota; }
    public void setExcellentQuota(BigDecimal v) { this.excellentQuota = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { this.version = v; }
}
