package org.coproduce.review;

/** How far the delivered service meets one co-designed outcome. */
public enum Assessment {
  MET, PARTLY, NOT_MET
}
