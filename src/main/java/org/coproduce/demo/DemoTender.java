package org.coproduce.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.coproduce.tender.PublishTender;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps one demo tender open for bids, so a newcomer can try the bid API at once (README). On each
 * start: when no demo tender is open any more (none yet, or the last one's deadline passed while the
 * demo was stopped), a new one is published with its deadline a few days ahead.
 */
@Component
@Order(110)
@ConditionalOnProperty(name = "coproduce.demo.enabled", havingValue = "true")
class DemoTender implements ApplicationRunner {

  static final String CASE_REF = "DEMO-2026-001";
  static final Duration OPEN_FOR = Duration.ofDays(5);
  private static final Logger log = LoggerFactory.getLogger(DemoTender.class);

  private final TenderService tenders;
  private final Clock clock;

  DemoTender(TenderService tenders, Clock clock) {
    this.tenders = tenders;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<TenderView> open = tenders.openTenders().stream().filter(t -> CASE_REF.equals(t.caseRef())).toList();
    UUID id = open.isEmpty() ? publish() : open.get(0).id();
    log.info("Demo tender {} is open for bids: curl -u supplier1:supplier1 -H 'Idempotency-Key: k1' "
        + "-H 'Content-Type: application/json' -d @bid.json http://localhost:8080/api/tenders/{}/bids", id, id);
  }

  private UUID publish() {
    return tenders.publish(new PublishTender(CASE_REF, "Neighbourhood home-support service",
        "The city is looking for an organisation to help older residents of the North ward live at home: "
            + "visits, shopping, small repairs and company. The panel of residents and officials wrote this "
            + "tender together. Tell us how you would run the service, what it would cost, and what good it "
            + "would do for the neighbourhood beyond the contract.",
        null, null, clock.instant().plus(OPEN_FOR).truncatedTo(ChronoUnit.MINUTES),
        new BigDecimal("240000.00"), "EUR",
        List.of(new AwardCriterion("Quality of the service model", CriterionType.QUALITY, 50,
                "How visits, continuity of carers and safeguarding are organised."),
            new AwardCriterion("Price", CriterionType.PRICE, 30, "Total price for the two-year contract."),
            new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 20,
                "Local jobs, volunteering and benefits for the ward beyond the contract.")),
        "officer"));
  }
}
