package org.coproduce.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A line of the city's approved budget from which commissioned services are paid. */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

  @Id
  private String code;
  private String name;
  private BigDecimal amount;
  private BigDecimal committed;
  private String currency;
  @Column(name = "fiscal_year")
  private int fiscalYear;
  @Version
  private long version;

  protected BudgetLine() {
  }

  public BudgetLine(String code, String name, BigDecimal amount, String currency, int fiscalYear) {
    this.code = code;
    this.name = name;
    this.amount = amount;
    this.committed = BigDecimal.ZERO;
    this.currency = currency;
    this.fiscalYear = fiscalYear;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getCommitted() {
    return committed;
  }

  public BigDecimal getAvailable() {
    return amount.subtract(committed);
  }

  public String getCurrency() {
    return currency;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  void commit(BigDecimal value) {
    this.committed = committed.add(value);
  }

  void release(BigDecimal value) {
    this.committed = committed.subtract(value);
  }
}
