package org.coproduce.process.internal;

import java.util.Date;
import java.util.UUID;
import org.coproduce.award.AwardService;
import org.springframework.stereotype.Component;

/** What the TenderProcess's standstill timer waits for: {@code #{awardRoster.standstillEnd(tenderId)}}. */
@Component("awardRoster")
public class AwardRosterExpressions {

  private final AwardService awards;

  AwardRosterExpressions(AwardService awards) {
    this.awards = awards;
  }

  public Date standstillEnd(String tenderId) {
    return Date.from(awards.standstillEnd(UUID.fromString(tenderId)));
  }
}
