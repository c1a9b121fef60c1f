package org.coproduce.panel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How many citizen seats may go to people with one feature value, e.g. ward {@code north}: at
 * least {@code min}, at most {@code max}.
 */
public record Quota(@Min(0) @Max(100) int min, @Min(0) @Max(100) int max) {

  public Quota {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("A quota needs 0 <= min <= max, got min " + min + ", max " + max);
    }
  }
}
