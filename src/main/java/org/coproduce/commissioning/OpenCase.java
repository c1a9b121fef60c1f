package org.coproduce.commissioning;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a commissioning officer states to open a case. */
public record OpenCase(
    @NotBlank @Size(max = 100) String serviceArea,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(min = 20, max = 10000, message = "describe the problem in 20 to 10000 characters") String problemStatement,
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be a budget line code")
    String budgetLine,
    @NotNull @DecimalMin(value = "0.01", message = "must be positive") @Digits(integer = 13, fraction = 2)
    BigDecimal envelopeAmount,
    LocalDate targetAwardDate,
    LocalDate targetServiceStart) {

  @AssertTrue(message = "the service cannot start before the award")
  public boolean isServiceStartAfterAward() {
    return targetAwardDate == null || targetServiceStart == null || !targetServiceStart.isBefore(targetAwardDate);
  }
}
