package org.coproduce.process.internal;

import org.coproduce.commissioning.CaseService;
import org.springframework.stereotype.Component;

/** The award approval and the review of a challenge: never by the case's own officer. */
@Component
class AwardSegregationListener extends CaseOfficerExcludedListener {

  AwardSegregationListener(CaseService cases) {
    super(cases, "decide on its award");
  }
}
