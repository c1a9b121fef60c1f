package org.coproduce.panel.internal;

import java.util.List;
import java.util.Map;

/**
 * A probability distribution over feasible panels (the output of {@link Sortition}): the panels,
 * each a sorted list of volunteer ids, in canonical (lexicographic) order, their probabilities,
 * and each volunteer's resulting probability of selection.
 */
record Lottery(List<List<String>> panels, List<Double> panelProbabilities, Map<String, Double> probabilities) {

  /**
   * The panel the seed selects: a uniform number u in [0, 1) from the seed (see
   * {@link SeededRandom}) picks the panel whose cumulative probability interval contains it.
   */
  int pickIndex(String seed) {
    double u = new SeededRandom(seed, "panel").nextDouble();
    double cumulative = 0;
    for (int p = 0; p < panels.size(); p++) {
      cumulative += panelProbabilities.get(p);
      if (u < cumulative) {
        return p;
      }
    }
    return panels.size() - 1; // rounding: the sum may fall a hair short of one
  }

  List<String> pick(String seed) {
    return panels.get(pickIndex(seed));
  }
}
