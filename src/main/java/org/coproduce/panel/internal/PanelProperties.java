package org.coproduce.panel.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coproduce.panel.Features;
import org.coproduce.panel.Quota;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The panel composition and draw settings ({@code coproduce.panel.*}). Checked when the
 * application starts: a setting that would let officials outnumber citizens, or a panel without
 * two officials, stops the start with a message naming the property.
 *
 * @param minSize smallest panel allowed
 * @param maxSize largest panel allowed
 * @param minCitizenShare citizens' least share of the members; never below 0.5
 * @param minOfficials least number of officials; never below 2
 * @param citizenSeats citizen seats drawn per panel
 * @param officialSeats official seats drawn per panel
 * @param citizenAlternates citizen alternates drawn per panel
 * @param officialAlternates official alternates drawn per panel
 * @param extraCategory the name of the fourth volunteer feature (besides ward, age band, gender)
 * @param quotas min/max citizen seats per category and value, e.g. {@code ward.north}
 */
@ConfigurationProperties("coproduce.panel")
record PanelProperties(
    @DefaultValue("5") int minSize,
    @DefaultValue("15") int maxSize,
    @DefaultValue("0.5") BigDecimal minCitizenShare,
    @DefaultValue("2") int minOfficials,
    @DefaultValue("6") int citizenSeats,
    @DefaultValue("2") int officialSeats,
    @DefaultValue("6") int citizenAlternates,
    @DefaultValue("2") int officialAlternates,
    @DefaultValue("tenure") String extraCategory,
    Map<String, Map<String, Quota>> quotas) {

  static final BigDecimal HALF = new BigDecimal("0.5");

  PanelProperties {
    quotas = quotas == null ? Map.of() : new TreeMap<>(quotas);
    List<String> problems = new ArrayList<>();
    if (minCitizenShare == null || minCitizenShare.compareTo(HALF) < 0 || minCitizenShare.compareTo(BigDecimal.ONE) > 0) {
      problems.add("coproduce.panel.min-citizen-share must be between 0.5 and 1 (citizens are never less than half "
          + "of a panel), got " + minCitizenShare);
    }
    if (minOfficials < 2) {
      problems.add("coproduce.panel.min-officials must be at least 2, got " + minOfficials);
    }
    if (minSize < 1 || maxSize < minSize) {
      problems.add("coproduce.panel.min-size and max-size need 1 <= min-size <= max-size, got " + minSize + " and "
          + maxSize);
    }
    int size = citizenSeats + officialSeats;
    if (size < minSize || size > maxSize) {
      problems.add("coproduce.panel.citizen-seats + official-seats = " + size + " must lie between min-size "
          + minSize + " and max-size " + maxSize);
    }
    if (officialSeats < minOfficials) {
      problems.add("coproduce.panel.official-seats (" + officialSeats + ") must be at least min-officials ("
          + minOfficials + ")");
    }
    if (minCitizenShare != null && size > 0
        && BigDecimal.valueOf(citizenSeats).compareTo(minCitizenShare.multiply(BigDecimal.valueOf(size))) < 0) {
      problems.add("coproduce.panel.citizen-seats (" + citizenSeats + " of " + size + ") fall short of "
          + "min-citizen-share " + minCitizenShare);
    }
    if (citizenAlternates < 0 || officialAlternates < 0) {
      problems.add("coproduce.panel.citizen-alternates and official-alternates must not be negative");
    }
    if (extraCategory == null || !extraCategory.matches(Features.VALUE)
        || Set.of(Features.WARD, Features.AGE_BAND, Features.GENDER).contains(extraCategory)) {
      problems.add("coproduce.panel.extra-category must be a short key other than ward, age-band and gender, got "
          + extraCategory);
    }
    for (String category : quotas.keySet()) {
      if (!Set.of(Features.WARD, Features.AGE_BAND, Features.GENDER, String.valueOf(extraCategory)).contains(category)) {
        problems.add("coproduce.panel.quotas." + category + " is not a volunteer feature (ward, age-band, gender, "
            + extraCategory + ")");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid panel configuration: " + String.join("; ", problems));
    }
  }

  Set<String> categories() {
    return Set.of(Features.WARD, Features.AGE_BAND, Features.GENDER, extraCategory);
  }
}
