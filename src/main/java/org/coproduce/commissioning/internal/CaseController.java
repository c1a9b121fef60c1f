package org.coproduce.commissioning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CommissioningCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Reading cases over the API (opening one is {@code POST /api/cases}, which also starts its process). */
@RestController
class CaseController {

  private final CaseService cases;

  CaseController(CaseService cases) {
    this.cases = cases;
  }

  record CaseSummary(String ref, String title, String serviceArea, String problemStatement, String budgetLine,
      BigDecimal envelopeAmount, String currency, LocalDate targetAwardDate, LocalDate targetServiceStart,
      String officerId, String status, Instant openedAt) {

    static CaseSummary of(CommissioningCase c) {
      return new CaseSummary(c.getRef(), c.getTitle(), c.getServiceArea(), c.getProblemStatement(),
          c.getBudgetLineCode(), c.getEnvelopeAmount(), c.getCurrency(), c.getTargetAwardDate(),
          c.getTargetServiceStart(), c.getOfficerId(), c.getStatus().name(), c.getOpenedAt());
    }
  }

  @GetMapping("/api/cases")
  List<CaseSummary> all() {
    return cases.all().stream().map(CaseSummary::of).toList();
  }

  @GetMapping("/api/cases/{ref}")
  CaseSummary one(@PathVariable String ref) {
    return CaseSummary.of(cases.get(ref));
  }
}
