package org.coproduce.tender;

/** What an award criterion assesses (the MEAT basis: price, quality, social value). */
public enum CriterionType {
  PRICE, QUALITY, SOCIAL_VALUE
}
