package org.coproduce.process.internal;

import org.coproduce.commissioning.CaseService;
import org.springframework.stereotype.Component;

/** The budget check: never by the case's own officer. */
@Component
class FinanceSegregationListener extends CaseOfficerExcludedListener {

  FinanceSegregationListener(CaseService cases) {
    super(cases, "check its budget");
  }
}
