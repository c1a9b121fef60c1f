package org.coproduce.record;

/**
 * The result of re-walking the hash chain.
 *
 * @param intact whether every entry is as it was written
 * @param entries how many entries were checked
 * @param firstBrokenSeq the sequence number of the first entry that does not verify, or null
 * @param reason why that entry does not verify, or null
 */
public record ChainVerification(boolean intact, long entries, Long firstBrokenSeq, String reason) {

  public static ChainVerification ok(long entries) {
    return new ChainVerification(true, entries, null, null);
  }

  public static ChainVerification broken(long entries, long seq, String reason) {
    return new ChainVerification(false, entries, seq, reason);
  }
}
