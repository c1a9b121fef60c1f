package org.coproduce.codesign;

/** What the panel votes on; each passes only by double majority. */
public enum VoteSubject {
  SPECIFICATION, TENDER_DOCUMENTS, RECOMMENDATION
}
