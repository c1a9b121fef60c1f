package org.coproduce.codesign;

/** The kinds of award criteria of a MEAT (most economically advantageous tender) evaluation. */
public enum CriterionType {
  QUALITY, PRICE, SOCIAL_VALUE
}
