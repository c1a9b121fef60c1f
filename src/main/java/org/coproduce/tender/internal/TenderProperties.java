package org.coproduce.tender.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tender rules the city may configure ({@code coproduce.tender.*}).
 *
 * @param minimumSubmissionPeriod how far away the deadline must be at publication, an ISO-8601
 *     duration ({@code COPRODUCE_TENDER_MINIMUM_SUBMISSION_PERIOD}, default P14D)
 * @param documentLink where the tender document can be fetched; {@code {documentId}} is replaced
 */
@ConfigurationProperties("coproduce.tender")
public record TenderProperties(@DefaultValue("P14D") Duration minimumSubmissionPeriod,
    @DefaultValue("/api/public/tender-documents/{documentId}") String documentLink) {

  public TenderProperties {
    if (minimumSubmissionPeriod.isNegative()) {
      throw new IllegalArgumentException("coproduce.tender.minimum-submission-period must not be negative");
    }
  }
}
