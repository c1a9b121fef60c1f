package org.coproduce.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.budget.internal.BudgetCommitments;
import org.coproduce.budget.internal.BudgetLines;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget control (rule 6): a case commits its estimated value against its budget line once the
 * finance check approves it, and a line is never committed beyond its amount, also when two cases
 * on one line are approved at the same moment (the line row is locked while committing, and a
 * database check constraint backs it up).
 */
@Service
public class BudgetService {

  public static final String RULE_LINE_EXCEEDED = "budget.line-exceeded";
  public static final String RULE_UNKNOWN_LINE = "budget.unknown-line";

  private final BudgetLines lines;
  private final BudgetCommitments commitments;
  private final DecisionRecord record;
  private final Clock clock;

  BudgetService(BudgetLines lines, BudgetCommitments commitments, DecisionRecord record, Clock clock) {
    this.lines = lines;
    this.commitments = commitments;
    this.record = record;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<BudgetLine> lines() {
    return lines.findAll();
  }

  @Transactional(readOnly = true)
  public BudgetLine line(String code) {
    return lines.findById(code).orElseThrow(() -> new NotFoundException("No budget line " + code));
  }

  @Transactional(readOnly = true)
  public Optional<BudgetCommitment> commitmentOf(String caseRef) {
    return commitments.findByCaseRef(caseRef);
  }

  /** Refuses an envelope that the line cannot cover any more. */
  @Transactional(readOnly = true)
  public void requireAvailable(String code, BigDecimal amount) {
    BudgetLine line = lines.findById(code).orElseThrow(() -> new BusinessRuleViolation(RULE_UNKNOWN_LINE,
        "Budget line " + code + " does not exist; no case without an approved budget line."));
    if (line.getAvailable().compareTo(amount) < 0) {
      throw new BusinessRuleViolation(RULE_LINE_EXCEEDED, "Budget line " + code + " has " + line.getAvailable()
          + " " + line.getCurrency() + " available, less than " + amount + ".");
    }
  }

  @Transactional
  public BudgetLine createLine(String code, String name, BigDecimal amount, String currency, int fiscalYear,
      String actor) {
    if (lines.existsById(code)) {
      throw new BusinessRuleViolation("budget.line-exists", "Budget line " + code + " already exists.");
    }
    BudgetLine line = lines.save(new BudgetLine(code, name, amount, currency, fiscalYear));
    record.append(new Decision(null, actor, "finance", "budget.line-created", "budget-control", "created",
        Map.of("line", code, "name", name, "amount", amount, "currency", currency, "fiscalYear", fiscalYear)));
    return line;
  }

  /**
   * Commits {@code amount} of the line for the case, replacing an earlier commitment of the same
   * case (a re-approved specification). Refused with {@value #RULE_LINE_EXCEEDED} when the line
   * cannot cover it.
   */
  @Transactional
  public BudgetCommitment commit(String caseRef, String lineCode, BigDecimal amount, String actor) {
    BudgetLine line = lines.lockByCode(lineCode).orElseThrow(() -> new BusinessRuleViolation(RULE_UNKNOWN_LINE,
        "Budget line " + lineCode + " does not exist."));
    commitments.findByCaseRef(caseRef).ifPresent(previous -> {
      line.release(previous.getAmount());
      commitments.delete(previous);
      commitments.flush();
    });
    if (line.getAvailable().compareTo(amount) < 0) {
      throw new BusinessRuleViolation(RULE_LINE_EXCEEDED, "Budget line " + lineCode + " has " + line.getAvailable()
          + " " + line.getCurrency() + " available; committing " + amount + " for " + caseRef + " would exceed it.");
    }
    line.commit(amount);
    BudgetCommitment commitment = commitments.save(
        new BudgetCommitment(lineCode, caseRef, amount, actor, clock.instant()));
    record.append(new Decision(caseRef, actor, "finance", "budget.committed", "budget-control",
        "committed " + amount + " " + line.getCurrency(),
        Map.of("line", lineCode, "amount", amount, "lineAmount", line.getAmount(), "lineCommitted",
            line.getCommitted())));
    return commitment;
  }
}
