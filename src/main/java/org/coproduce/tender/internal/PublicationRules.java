package org.coproduce.tender.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.coproduce.tender.PublishTender;

/** What a tender must satisfy to be published. Pure: the clock and the minimum period are passed in. */
final class PublicationRules {

  static final String INVALID = "tender.invalid";
  private static final Pattern CASE_REF = Pattern.compile("[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private PublicationRules() {
  }

  static void check(PublishTender t, Instant now, Duration minimumSubmissionPeriod) {
    require(t.caseRef() != null && t.caseRef().length() <= 40 && CASE_REF.matcher(t.caseRef()).matches(),
        "caseRef must be 1 to 40 letters, digits and single - _ . separators");
    require(text(t.title(), 200), "title must be given, at most 200 characters");
    require(text(t.summary(), 4000), "summary (plain language) must be given, at most 4000 characters");
    require(t.publishedBy() != null && !t.publishedBy().isBlank(), "publishedBy must be given");
    require(t.documentSha256() == null || (t.documentId() != null && SHA256.matcher(t.documentSha256()).matches()),
        "documentSha256 must be 64 lower-case hex digits and come with a documentId");
    require(t.budgetCeiling() != null && t.budgetCeiling().signum() > 0 && t.budgetCeiling().scale() <= 2
        && t.budgetCeiling().precision() - t.budgetCeiling().scale() <= 13,
        "budgetCeiling must be a positive amount with at most 2 decimals");
    require(t.currency() != null && CURRENCY.matcher(t.currency()).matches(), "currency must be an ISO 4217 code");
    require(t.submissionDeadline() != null, "submissionDeadline must be given");
    if (t.submissionDeadline().getNano() % 1_000_000 != 0) {
      throw new BusinessRuleViolation(INVALID, "submissionDeadline must be given to the millisecond");
    }
    Instant earliest = now.plus(minimumSubmissionPeriod);
    if (t.submissionDeadline().isBefore(earliest)) {
      throw new BusinessRuleViolation("tender.minimum-submission-period", "The submission deadline "
          + t.submissionDeadline() + " is too soon: suppliers must have at least " + minimumSubmissionPeriod
          + ", so the deadline must be at or after " + earliest + ".");
    }
    checkCriteria(t.criteria());
  }

  static void checkCriteria(List<AwardCriterion> criteria) {
    require(criteria != null && !criteria.isEmpty(), "at least one award criterion must be given");
    Set<String> names = new HashSet<>();
    int sum = 0;
    boolean socialValue = false;
    for (AwardCriterion c : criteria) {
      require(c != null && text(c.name(), 200), "every criterion needs a name of at most 200 characters");
      require(names.add(c.name().trim().toLowerCase(java.util.Locale.ROOT)), "criterion '" + c.name() + "' appears twice");
      require(c.type() != null, "criterion '" + c.name() + "' needs a type (PRICE, QUALITY or SOCIAL_VALUE)");
      require(c.weight() > 0 && c.weight() <= 100, "criterion '" + c.name() + "' needs a weight from 1 to 100");
      require(c.description() == null || c.description().length() <= 2000,
          "the description of criterion '" + c.name() + "' is longer than 2000 characters");
      sum += c.weight();
      socialValue |= c.type() == CriterionType.SOCIAL_VALUE;
    }
    if (sum != 100) {
      throw new BusinessRuleViolation("tender.weights-sum-to-100",
          "The criteria weights sum to " + sum + "; they must sum to 100.");
    }
    if (!socialValue) {
      throw new BusinessRuleViolation("tender.social-value-required",
          "A tender needs a social-value criterion (type SOCIAL_VALUE).");
    }
  }

  private static boolean text(String s, int max) {
    return s != null && !s.isBlank() && s.length() <= max;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new BusinessRuleViolation(INVALID, "The tender cannot be published: " + message + ".");
    }
  }

  static BigDecimal amount(BigDecimal value) {
    return value.setScale(2);
  }
}
