package org.coproduce.demo;

import java.math.BigDecimal;
import org.coproduce.budget.BudgetService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo's approved budget lines, so the officer can open a case at once (loaded once). */
@Component
@Order(120)
@ConditionalOnProperty(name = "coproduce.demo.enabled", havingValue = "true")
class BudgetDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(BudgetDemoData.class);

  private final BudgetService budget;

  BudgetDemoData(BudgetService budget) {
    this.budget = budget;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!budget.lines().isEmpty()) {
      return;
    }
    budget.createLine("YOUTH-2027", "Youth services 2027", new BigDecimal("500000.00"), "CAD", 2027, "finance");
    budget.createLine("PARKS-2027", "Parks and green spaces 2027", new BigDecimal("250000.00"), "CAD", 2027,
        "finance");
    budget.createLine("SENIORS-2027", "Services for older residents 2027", new BigDecimal("300000.00"), "CAD", 2027,
        "finance");
    log.info("Demo budget lines loaded: YOUTH-2027, PARKS-2027, SENIORS-2027");
  }
}
