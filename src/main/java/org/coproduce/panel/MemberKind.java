package org.coproduce.panel;

/** Whether a seat is held by a citizen (drawn from the volunteer pool) or by an official. */
public enum MemberKind {
  CITIZEN, OFFICIAL
}
