package org.coproduce.commissioning.internal;

import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Draws case numbers from {@code commissioning_case_seq} before the case is inserted, so the
 * reference (which must never be null) is part of the row from the start.
 */
@Component
public class CaseNumbers {

  private final DataFieldMaxValueIncrementer sequence;

  CaseNumbers(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
    this.sequence = "H2".equals(product)
        ? new H2SequenceMaxValueIncrementer(dataSource, "commissioning_case_seq")
        : new PostgresSequenceMaxValueIncrementer(dataSource, "commissioning_case_seq");
  }

  public long next() {
    return sequence.nextLongValue();
  }
}
