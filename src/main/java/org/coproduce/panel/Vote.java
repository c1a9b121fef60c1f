package org.coproduce.panel;

/** A panel member's vote on a proposal (specification, award criteria, recommendation). */
public enum Vote {
  APPROVE, OBJECT, ABSTAIN
}
