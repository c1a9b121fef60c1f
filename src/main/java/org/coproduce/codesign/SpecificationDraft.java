package org.coproduce.codesign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What the chair drafts for the panel to vote on. */
public record SpecificationDraft(
    @NotBlank @Size(max = 10000) String outcomes,
    @NotBlank @Size(max = 10000) String serviceLevels,
    @Min(1) @Max(120) int durationMonths,
    @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal estimatedValue,
    @NotBlank @Size(max = 4000) String plainSummary,
    @NotEmpty @Valid List<Criterion> criteria) {

  /** A weighted award criterion as drafted. */
  public record Criterion(@NotBlank @Size(max = 200) String name, @NotNull CriterionType type,
      @Min(0) @Max(100) int weight, @Size(max = 4000) String description) {
  }
}
