package org.coproduce.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cycle when the panel reviews the service while the contract runs: an ISO-8601 repeating
 *     interval for the BPMN timer cycle ({@code R/P3M}: every three months, quarterly)
 */
@ConfigurationProperties("coproduce.review")
public record ReviewProperties(@DefaultValue("R/P3M") String cycle) {

  public ReviewProperties {
    if (!cycle.matches("R\\d*(/[^/]+)?/P.+")) {
      throw new IllegalArgumentException("coproduce.review.cycle must be an ISO-8601 repeating interval such as "
          + "R/P3M, not '" + cycle + "'");
    }
  }
}
