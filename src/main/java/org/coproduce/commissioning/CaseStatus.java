package org.coproduce.commissioning;

/** Where a case stands in the commissioning cycle (analyse, plan, do, review). */
public enum CaseStatus {
  OPENED, CODESIGN, TENDERING, AWARDED, IN_REVIEW, CLOSED, CANCELLED
}
