package org.coproduce.record.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row every append locks: the last sequence number and hash of the chain. */
@Entity
@Table(name = "decision_chain_head")
class ChainHead {

  @Id
  private int id;
  @Column(name = "last_seq")
  private long lastSeq;
  @Column(name = "last_hash")
  private String lastHash;

  protected ChainHead() {
  }

  long lastSeq() {
    return lastSeq;
  }

  String lastHash() {
    return lastHash;
  }

  void advance(long seq, String hash) {
    this.lastSeq = seq;
    this.lastHash = hash;
  }
}
