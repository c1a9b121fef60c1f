package org.coproduce.budget.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.coproduce.budget.BudgetLine;
import org.coproduce.budget.BudgetService;
import org.coproduce.shared.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Budget lines: finance officers enter the approved lines; anyone logged in can see what is left. */
@RestController
class BudgetController {

  private final BudgetService budget;

  BudgetController(BudgetService budget) {
    this.budget = budget;
  }

  record LineView(String code, String name, BigDecimal amount, BigDecimal committed, BigDecimal available,
      String currency, int fiscalYear) {
    static LineView of(BudgetLine l) {
      return new LineView(l.getCode(), l.getName(), l.getAmount(), l.getCommitted(), l.getAvailable(),
          l.getCurrency(), l.getFiscalYear());
    }
  }

  record NewLine(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String code,
      @NotBlank @Size(max = 200) String name,
      @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
      @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CAD") String currency,
      @Min(2000) @Max(2100) int fiscalYear) {
  }

  @GetMapping("/api/budget-lines")
  List<LineView> lines() {
    return budget.lines().stream().map(LineView::of).toList();
  }

  @GetMapping("/api/budget-lines/{code}")
  LineView line(@PathVariable String code) {
    return LineView.of(budget.line(code));
  }

  @PostMapping("/api/budget-lines")
  @PreAuthorize("hasAuthority('" + Roles.FINANCE + "')")
  ResponseEntity<LineView> create(@Valid @RequestBody NewLine line, Authentication caller) {
    BudgetLine created = budget.createLine(line.code(), line.name(), line.amount(), line.currency(), line.fiscalYear(),
        caller.getName());
    return ResponseEntity.created(URI.create("/api/budget-lines/" + created.getCode())).body(LineView.of(created));
  }
}
