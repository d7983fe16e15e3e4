package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A cycle's settings. Left out: the standard components (business results 50, democratic appraisal 30, superior's
 * evaluation 20), bands (90 / 75 / 60) and quota (Excellent ≤ 20 % per category).
 */
public record CycleSpec(
        @NotNull(message = "{assessment.validation.required}") CycleKind kind,
        @NotNull(message = "{assessment.validation.required}") @Min(value = 1990, message = "{assessment.validation.year}") @Max(value = 2200, message = "{assessment.validation.year}") Integer year,
        @NotBlank(message = "{assessment.validation.required}") @Size(max = 200, message = "{assessment.validation.tooLong}") String title,
        List<@Valid ComponentSpec> components,
        @Valid BandSpec bands,
        List<@Valid QuotaSpec> quotas) {

    public record ComponentSpec(@NotNull(message = "{assessment.validation.required}") ComponentKind kind,
                                @Size(max = 100, message = "{assessment.validation.tooLong}") String name,
                                @NotNull(message = "{assessment.validation.required}") @DecimalMin(value = "0.01", message = "{assessment.components.weightPositive}") @DecimalMax(value = "100", message = "{assessment.components.weightPositive}") BigDecimal weight) {
    }

    public record BandSpec(@NotNull(message = "{assessment.validation.required}") BigDecimal excellent,
                           @NotNull(message = "{assessment.validation.required}") BigDecimal competent,
                           @NotNull(message = "{assessment.validation.required}") BigDecimal basicallyCompetent) {

        GradeBands toBands() {
            return new GradeBands(excellent, competent, basicallyCompetent);
        }
    }

    public record QuotaSpec(@NotNull(message = "{assessment.validation.required}") Grade grade,
                            @NotNull(message = "{assessment.validation.required}") @DecimalMin(value = "0", message = "{assessment.quota.range}") @DecimalMax(value = "100", message = "{assessment.quota.range}") BigDecimal maxPercent) {
    }

    static List<ComponentSpec> standardComponents() {
        return List.of(new ComponentSpec(ComponentKind.BUSINESS_RESULTS, null, new BigDecimal("50")),
                new ComponentSpec(ComponentKind.DEMOCRATIC_APPRAISAL, null, new BigDecimal("30")),
                new ComponentSpec(ComponentKind.SUPERIOR_EVALUATION, null, new BigDecimal("20")));
    }

    static List<QuotaSpec> standardQuotas() {
        return List.of(new QuotaSpec(Grade.EXCELLENT, new BigDecimal("20")));
    }
}
