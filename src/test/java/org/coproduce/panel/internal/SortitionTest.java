package org.coproduce.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.coproduce.panel.InfeasibleQuotas;
import org.coproduce.panel.Quota;
import org.coproduce.panel.internal.Sortition.Candidate;
import org.junit.jupiter.api.Test;

/** The leximin draw of citizen seats: quotas, households, reproducibility and reported probabilities. */
class SortitionTest {

  static final List<String> WARDS = List.of("north", "south", "east", "west");
  static final List<String> AGES = List.of("16-29", "30-44", "45-64", "65-plus");
  static final List<String> GENDERS = List.of("female", "male", "non-binary");
  static final List<String> TENURES = List.of("owner", "private-renter", "social-renter");

  /** A skewed pool of 40 with some shared households: the kind of pool quotas are made for. */
  static List<Candidate> pool40() {
    Random random = new Random(7);
    List<Candidate> pool = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      String household = i % 9 == 0 ? "h" + (i - 1) : "h" + i; // every ninth shares a home with the one before
      pool.add(new Candidate(String.format("v%02d", i), household, Map.of(
          "ward", WARDS.get(i <= 16 ? 0 : random.nextInt(WARDS.size())),   // north is over-represented
          "age-band", AGES.get(Math.min(random.nextInt(5), 3)),
          "gender", i % 13 == 0 ? "non-binary" : GENDERS.get(random.nextInt(2)),
          "tenure", TENURES.get(random.nextInt(TENURES.size())))));
    }
    return pool;
  }

  static Map<String, Map<String, Quota>> quotas6() {
    Map<String, Map<String, Quota>> quotas = new HashMap<>();
    quotas.put("ward", Map.of("north", new Quota(1, 2), "south", new Quota(1, 2), "east", new Quota(1, 2),
        "west", new Quota(1, 2)));
    quotas.put("age-band", Map.of("16-29", new Quota(1, 2), "30-44", new Quota(1, 2), "45-64", new Quota(1, 2),
        "65-plus", new Quota(1, 2)));
    quotas.put("gender", Map.of("female", new Quota(2, 4), "male", new Quota(2, 4), "non-binary", new Quota(0, 1)));
    quotas.put("tenure", Map.of("owner", new Quota(1, 3), "private-renter", new Quota(1, 3),
        "social-renter", new Quota(1, 3)));
    return quotas;
  }

  @Test
  void aSymmetricPoolGivesEveryoneTheSameChance() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      pool.add(new Candidate("p" + (char) ('a' + i), "h" + i, Map.of()));
    }
    Lottery lottery = Sortition.leximin(pool, 4, Map.of());

    lottery.probabilities().values().forEach(p -> assertThat(p).isCloseTo(4.0 / 12, within(1e-6)));
  }

  @Test
  void theLeximinShareIsTheKnownOptimumWhenAQuotaForcesIt() {
    // Exactly one seat for the 2 people of group a, two seats for the 6 of group b: no lottery can
    // give the b people more than 2/6, and leximin gives the a people 1/2 each.
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      pool.add(new Candidate("p" + i, "h" + i, Map.of("group", i < 2 ? "a" : "b")));
    }
    Lottery lottery = Sortition.leximin(pool, 3, Map.of("group", Map.of("a", new Quota(1, 1), "b", new Quota(2, 2))));

    assertThat(lottery.probabilities().get("p0")).isCloseTo(0.5, within(1e-6));
    assertThat(lottery.probabilities().get("p1")).isCloseTo(0.5, within(1e-6));
    for (int i = 2; i < 8; i++) {
      assertThat(lottery.probabilities().get("p" + i)).isCloseTo(2.0 / 6, within(1e-6));
    }
  }

  @Test
  void theMinimumProbabilityIsRaisedAboveWhatAPlainQuotaLotteryWouldGive() {
    // Leximin's first stage maximises the smallest probability; compare with the best possible
    // bound: no one in an over-represented group can exceed (max seats of the group) / (group size).
    Lottery lottery = Sortition.leximin(pool40(), 6, quotas6());
    double min = lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    long north = pool40().stream().filter(c -> c.features().get("ward").equals("north")).count();

    assertThat(min).isGreaterThan(0.05);
    assertThat(min).isLessThanOrEqualTo(2.0 / north + 1e-6);
  }

  @Test
  void everyPanelTheLotteryCanDrawMeetsTheQuotasAndTheHouseholdRule() {
    List<Candidate> pool = pool40();
    Lottery lottery = Sortition.leximin(pool, 6, quotas6());
    Map<String, Candidate> byId = Sortition.byId(pool);

    assertThat(lottery.panels()).isNotEmpty();
    for (List<String> panel : lottery.panels()) {
      assertThat(Sortition.violations(panel.stream().map(byId::get).toList(), 6, quotas6()))
          .as("panel %s", panel).isEmpty();
    }
    assertThat(lottery.panelProbabilities().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    assertThat(lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(6, within(1e-6));
    // v08 and v09 share a household (every ninth shares with the one before)
    assertThat(lottery.panels()).noneMatch(p -> p.contains("v08") && p.contains("v09"));
  }

  @Test
  void theSameSeedGivesTheSamePanelAndTheComputationIsRepeatable() {
    Lottery first = Sortition.leximin(pool40(), 6, quotas6());
    Lottery again = Sortition.leximin(pool40(), 6, quotas6());

    assertThat(again.panels()).isEqualTo(first.panels());
    assertThat(again.pick("seed-42")).isEqualTo(first.pick("seed-42"));
    assertThat(first.pick("seed-42")).isEqualTo(first.pick("seed-42"));
    long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> first.pick("s" + i)).distinct().count();
    assertThat(distinct).as("different seeds give different panels").isGreaterThan(5);
  }

  /**
   * Over 10,000 draws with different seeds, each volunteer's frequency matches the probability the
   * draw reports. The tolerance is 4.5 standard deviations of a binomial frequency,
   * 4.5 * sqrt(p(1-p)/10000) (at most 0.0225): a correct draw fails it with probability below
   * 1e-5 per volunteer, a draw that ignores the reported distribution fails it at once.
   */
  @Test
  void frequenciesOverTenThousandDrawsMatchTheReportedProbabilities() {
    List<Candidate> pool = pool40();
    Lottery lottery = Sortition.leximin(pool, 6, quotas6());
    Map<String, Candidate> byId = Sortition.byId(pool);
    int draws = 10_000;
    Map<String, Integer> counts = new HashMap<>();
    for (int d = 0; d < draws; d++) {
      List<String> panel = lottery.pick("frequency-test-" + d);
      assertThat(Sortition.violations(panel.stream().map(byId::get).toList(), 6, quotas6())).isEmpty();
      panel.forEach(id -> counts.merge(id, 1, Integer::sum));
    }
    lottery.probabilities().forEach((id, p) -> {
      double frequency = counts.getOrDefault(id, 0) / (double) draws;
      double tolerance = 4.5 * Math.sqrt(p * (1 - p) / draws) + 1e-9;
      assertThat(frequency).as("volunteer %s, reported %.4f", id, p).isCloseTo(p, within(tolerance));
    });
  }

  @Test
  void aQuotaThatTooFewVolunteersCanFillIsRefusedNamingItsCategory() {
    Map<String, Map<String, Quota>> quotas = quotas6();
    quotas.put("gender", Map.of("female", new Quota(2, 4), "male", new Quota(2, 4), "non-binary", new Quota(4, 4)));

    assertThatThrownBy(() -> Sortition.leximin(pool40(), 6, quotas))
        .isInstanceOfSatisfying(InfeasibleQuotas.class, e -> assertThat(e.categories()).containsExactly("gender"))
        .hasMessageContaining("panel.quotas-infeasible")
        .hasMessageContaining("gender=non-binary needs at least 4")
        .hasMessageContaining("gender minimums add up to 8, more than the 6 seats");
  }

  @Test
  void quotasThatCannotBeMetTogetherAreRefusedNamingEachCategory() {
    // Only north volunteers are women here, north may have at most one seat, women need two.
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      boolean north = i < 4;
      pool.add(new Candidate("p" + i, "h" + i, Map.of("ward", north ? "north" : "south",
          "gender", north ? "female" : "male")));
    }
    Map<String, Map<String, Quota>> quotas = Map.of(
        "ward", Map.of("north", new Quota(0, 1), "south", new Quota(0, 4)),
        "gender", Map.of("female", new Quota(2, 4), "male", new Quota(0, 4)));

    assertThatThrownBy(() -> Sortition.leximin(pool, 4, quotas))
        .isInstanceOfSatisfying(InfeasibleQuotas.class,
            e -> assertThat(e.categories()).containsExactlyInAnyOrder("ward", "gender"))
        .hasMessageContaining("cannot be met together");
  }

  @Test
  void tooFewHouseholdsAreRefused() {
    List<Candidate> pool = List.of(new Candidate("a", "h1", Map.of()), new Candidate("b", "h1", Map.of()),
        new Candidate("c", "h2", Map.of()));

    assertThatThrownBy(() -> Sortition.leximin(pool, 3, Map.of()))
        .isInstanceOfSatisfying(InfeasibleQuotas.class, e -> assertThat(e.categories()).containsExactly("households"));
  }

  @Test
  void theSeededRandomStreamIsFixedByItsDefinition() {
    // SHA-256("x/panel/0"): the documented recipe, so outsiders can recompute a draw.
    double u = new SeededRandom("x", "panel").nextDouble();
    byte[] digest = SeededRandom.sha256("x/panel/0");
    long bits = java.nio.ByteBuffer.wrap(digest, 0, 8).getLong() >>> 11;
    assertThat(u).isEqualTo(bits * 0x1.0p-53).isBetween(0.0, 1.0);
  }
}
