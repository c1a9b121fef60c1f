package org.coproduce.codesign;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds the panel's award criteria must respect ({@code coproduce.codesign.*}).
 *
 * @param priceWeightMin lowest weight the price criterion may get (percent)
 * @param priceWeightMax highest weight the price criterion may get (percent)
 * @param socialValueWeightMin lowest weight of the required social-value criterion (percent)
 */
@ConfigurationProperties("coproduce.codesign")
public record CodesignProperties(@DefaultValue("20") int priceWeightMin, @DefaultValue("60") int priceWeightMax,
    @DefaultValue("5") int socialValueWeightMin) {

  public CodesignProperties {
    if (priceWeightMin < 0 || priceWeightMax > 100 || priceWeightMin > priceWeightMax) {
      throw new IllegalArgumentException("coproduce.codesign price weight bounds must satisfy 0 <= min <= max <= 100");
    }
    if (socialValueWeightMin < 1) {
      throw new IllegalArgumentException("coproduce.codesign.social-value-weight-min must be at least 1: "
          + "a social-value criterion is required");
    }
  }
}
