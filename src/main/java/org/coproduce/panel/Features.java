package org.coproduce.panel;

/** Formats shared by the panel API: feature values, login ids, case references, seeds. */
public final class Features {

  /** Feature values are short keys, e.g. {@code north}, {@code 30-44}, {@code social-renter}. */
  public static final String VALUE = "[a-z0-9]+([._-][a-z0-9]+)*";
  /** As the identity service accepts them (camunda user-resource-whitelist-pattern). */
  public static final String USER_ID = "[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*";
  /** Case references such as {@code C-2026-001}; they become part of the group id {@code panel-<caseRef>}. */
  public static final String CASE_REF = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";
  /** A seed chosen by the officer, e.g. numbers drawn in public. */
  public static final String SEED = "[A-Za-z0-9._-]{1,64}";

  public static final String WARD = "ward";
  public static final String AGE_BAND = "age-band";
  public static final String GENDER = "gender";

  private Features() {
  }
}
