package org.coproduce.record;

import java.util.List;

/** Appends decisions to the hash-chained record and reads them back. */
public interface DecisionRecord {

  /**
   * Appends a decision. Must run inside the transaction that makes the decision, so that the
   * decision and its record commit or roll back together.
   */
  RecordedDecision append(Decision decision);

  /** The decisions of one case, oldest first. */
  List<RecordedDecision> ofCase(String caseRef);

  /** Up to {@code limit} entries of the whole chain from sequence number {@code fromSeq} on, in order. */
  List<RecordedDecision> range(long fromSeq, int limit);

  /** Re-walks the whole chain and names the first entry that does not verify. */
  ChainVerification verify();
}
