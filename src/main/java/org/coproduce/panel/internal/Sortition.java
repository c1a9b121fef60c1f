package org.coproduce.panel.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.coproduce.panel.InfeasibleQuotas;
import org.coproduce.panel.Quota;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.optimisation.integer.NodeKey;

/**
 * Fair selection of the citizen seats: the LEXIMIN algorithm of Flanigan, Gölz, Gupta, Hennig and
 * Procaccia, "Fair algorithms for selecting citizens' assemblies", Nature 596 (2021), following
 * their reference implementation (column generation over feasible panels, an integer program to
 * price new panels), with ojAlgo as LP/MIP solver. Pure: no Spring, no database. See
 * docs/sortition.md.
 *
 * <p>A feasible panel has exactly {@code seats} people, meets every min/max quota and holds at
 * most one person per household. The result is a lottery over feasible panels whose selection
 * probabilities are leximin-optimal: the smallest probability any volunteer gets is as large as it
 * can be, then the second smallest, and so on.
 */
final class Sortition {

  /** One volunteer as the draw sees them: an id, a household key and one value per category. */
  record Candidate(String id, String household, Map<String, String> features) {
  }

  /** Numerical tolerance of the column generation, as in the reference implementation. */
  static final double EPS = 0.0005;
  private static final int MAX_PRICING_ROUNDS = 20_000;

  /**
   * The branch and bound of the panel programs, made a pure function of the program so that a draw
   * can be recomputed from its pool, quotas and seed (docs/sortition.md):
   * <ul>
   * <li>no Gomory cuts: ojAlgo names each cut after a JVM-wide counter and keeps a model's
   * constraints in a HashMap keyed by name, so the constraint order of every later node LP, and with
   * it which of several equally heavy panels comes back, depended on how many cuts any earlier
   * solve in the JVM had made (SortitionReproducibilityTest; a redraw in PanelServiceIT seated
   * other people with the same seed). A fractionality of 1/2 admits no cut candidate at all;</li>
   * <li>one worker, so nodes are solved one after another;</li>
   * <li>nodes of equal bound taken in creation order: the default order leaves such ties to a
   * priority heap filled from a hash set of nodes, whose order follows JVM-wide node numbers; those
   * numbers only grow, so within one solve they do give the creation order.</li>
   * </ul>
   */
  private static final IntegerStrategy REPRODUCIBLE = IntegerStrategy.newConfigurable()
      .withParallelism(() -> 1)
      .withPriorityDefinitions(NodeKey.MIN_OBJECTIVE.thenComparingLong(node -> node.sequence))
      .withGMICutConfiguration(new IntegerStrategy.GMICutConfiguration().withFractionality(0.5));

  private final List<Candidate> pool;
  private final int seats;
  private final Map<String, Map<String, Quota>> quotas;
  private final int n;
  /** Households with more than one volunteer in the pool: at most one of each may sit. */
  private final List<int[]> sharedHouseholds;

  private Sortition(List<Candidate> pool, int seats, Map<String, Map<String, Quota>> quotas) {
    // Canonical order by id, so that the same pool always yields the same programs and lottery.
    this.pool = pool.stream().sorted(Comparator.comparing(Candidate::id)).toList();
    this.seats = seats;
    this.quotas = new TreeMap<>(quotas);
    this.n = this.pool.size();
    Map<String, List<Integer>> byHousehold = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byHousehold.computeIfAbsent(this.pool.get(i).household(), h -> new ArrayList<>()).add(i);
    }
    this.sharedHouseholds = byHousehold.values().stream().filter(l -> l.size() > 1)
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
  }

  /**
   * The leximin lottery over feasible panels.
   *
   * @throws InfeasibleQuotas when no feasible panel exists, naming the categories that cannot be filled
   */
  static Lottery leximin(List<Candidate> pool, int seats, Map<String, Map<String, Quota>> quotas) {
    if (seats < 1) {
      throw new IllegalArgumentException("At least one seat is needed");
    }
    Set<String> ids = new java.util.HashSet<>();
    for (Candidate c : pool) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("Volunteer " + c.id() + " is in the pool twice");
      }
    }
    return new Sortition(pool, seats, quotas).solve();
  }

  /** Whether a set of people is a feasible panel (used by tests and to vet replacements). */
  static List<String> violations(List<Candidate> panel, int seats, Map<String, Map<String, Quota>> quotas) {
    List<String> problems = new ArrayList<>();
    if (panel.size() != seats) {
      problems.add("has " + panel.size() + " people for " + seats + " seats");
    }
    Map<String, Long> households = panel.stream().collect(Collectors.groupingBy(Candidate::household,
        Collectors.counting()));
    households.forEach((h, count) -> {
      if (count > 1) {
        problems.add(count + " people from household " + h);
      }
    });
    quotas.forEach((category, values) -> values.forEach((value, quota) -> {
      long count = panel.stream().filter(c -> value.equals(c.features().get(category))).count();
      if (count < quota.min() || count > quota.max()) {
        problems.add(category + "=" + value + " has " + count + ", quota " + quota.min() + ".." + quota.max());
      }
    }));
    return problems;
  }

  private Lottery solve() {
    diagnose();
    List<BitSet> committees = new ArrayList<>();
    Set<BitSet> known = new LinkedHashSet<>();
    double[] fixed = new double[n];
    Arrays.fill(fixed, Double.NaN);

    initialCommittees(committees, known, fixed);
    if (committees.isEmpty()) {
      throw new IllegalStateException("The solver found no feasible panel although the quotas can be met; "
          + "draw again (a new seed) or report this pool");
    }

    int rounds = 0;
    while (countUnfixed(fixed) > 0) {
      while (true) {
        if (++rounds > MAX_PRICING_ROUNDS) {
          throw new IllegalStateException("The leximin computation did not converge in " + MAX_PRICING_ROUNDS
              + " rounds");
        }
        Dual dual = solveDual(committees, fixed);
        BitSet best = bestPanel(dual.weights(), null);
        double value = best == null ? Double.NEGATIVE_INFINITY : weightOf(best, dual.weights());
        if (best == null || value <= dual.cap() + EPS || known.contains(best)) {
          // The known panels suffice to support an optimal distribution at this stage: every
          // volunteer whose dual weight is positive is held at the stage's optimum.
          for (int i = 0; i < n; i++) {
            if (Double.isNaN(fixed[i]) && dual.weights()[i] > EPS) {
              fixed[i] = Math.max(0, dual.objective());
            }
          }
          break;
        }
        known.add(best);
        committees.add(best);
      }
    }
    return lottery(committees, fixed);
  }

  /** Multiplicative weights for a diverse start, then one panel for each volunteer still uncovered. */
  private void initialCommittees(List<BitSet> committees, Set<BitSet> known, double[] fixed) {
    double[] weights = new double[n];
    Arrays.fill(weights, 1.0);
    int rounds = Math.min(3 * n, 60);
    for (int r = 0; r < rounds; r++) {
      BitSet panel = bestPanel(weights, null);
      if (panel == null) {
        // The solver gave no feasible answer for these weights (it can stop short on a large
        // pool); the panels found so far are a valid start, and the pricing rounds add more.
        break;
      }
      if (known.add(panel)) {
        committees.add(panel);
      }
      double total = 0;
      for (int i = 0; i < n; i++) {
        if (panel.get(i)) {
          weights[i] *= 0.8;
        }
        total += weights[i];
      }
      for (int i = 0; i < n; i++) {
        weights[i] *= n / total;
      }
    }
    BitSet covered = new BitSet(n);
    committees.forEach(covered::or);
    for (int i = covered.nextClearBit(0); i < n; i = covered.nextClearBit(i + 1)) {
      double[] only = new double[n];
      only[i] = 1;
      BitSet panel = bestPanel(only, null);
      if (panel == null) {
        continue; // no answer from the solver for this one: the pricing rounds still consider them
      }
      if (panel.get(i)) {
        if (known.add(panel)) {
          committees.add(panel);
        }
        covered.or(panel);
      } else {
        fixed[i] = 0; // in no feasible panel at all: the quotas leave no room for this person
      }
    }
  }

  private record Dual(double[] weights, double cap, double objective) {
  }

  /**
   * The dual of the stage's LP: minimise cap - sum(fixed_i * y_i) such that the y of the
   * unfixed volunteers sum to one and no known panel weighs more than cap.
   */
  private Dual solveDual(List<BitSet> committees, double[] fixed) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] y = new Variable[n];
    for (int i = 0; i < n; i++) {
      y[i] = model.addVariable("y" + i).lower(0).weight(Double.isNaN(fixed[i]) ? 0 : -fixed[i]);
    }
    Variable cap = model.addVariable("cap").weight(1);
    Expression unfixed = model.addExpression("unfixed").level(1);
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(fixed[i])) {
        unfixed.set(y[i], 1);
      }
    }
    int k = 0;
    for (BitSet panel : committees) {
      Expression e = model.addExpression("panel" + k++).upper(0);
      panel.stream().forEach(i -> e.set(y[i], 1));
      e.set(cap, -1);
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException("The leximin dual could not be solved: " + result.getState());
    }
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = Math.max(0, result.doubleValue(i));
    }
    return new Dual(weights, result.doubleValue(n), result.getValue());
  }

  /** The final LP: probabilities of the known panels that give every volunteer their leximin share. */
  private Lottery lottery(List<BitSet> committees, double[] fixed) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] lambda = new Variable[committees.size()];
    for (int p = 0; p < lambda.length; p++) {
      lambda[p] = model.addVariable("p" + p).lower(0);
    }
    // As the reference implementation: minimise the largest shortfall, to absorb numerical noise.
    Variable shortfall = model.addVariable("shortfall").lower(0).weight(1);
    Expression total = model.addExpression("total").level(1);
    for (Variable v : lambda) {
      total.set(v, 1);
    }
    for (int i = 0; i < n; i++) {
      Expression e = model.addExpression("share" + i).lower(fixed[i]);
      for (int p = 0; p < lambda.length; p++) {
        if (committees.get(p).get(i)) {
          e.set(lambda[p], 1);
        }
      }
      e.set(shortfall, 1);
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isFeasible()) {
      throw new IllegalStateException("The leximin distribution could not be computed: " + result.getState());
    }
    Map<List<String>, Double> byPanel = new TreeMap<>(Sortition::compareIds);
    double sum = 0;
    for (int p = 0; p < lambda.length; p++) {
      double probability = Math.min(1, Math.max(0, result.doubleValue(p)));
      if (probability > 1e-9) {
        byPanel.merge(ids(committees.get(p)), probability, Double::sum);
        sum += probability;
      }
    }
    List<List<String>> panels = new ArrayList<>(byPanel.keySet());
    List<Double> probabilities = new ArrayList<>();
    Map<String, Double> marginals = new LinkedHashMap<>();
    pool.forEach(c -> marginals.put(c.id(), 0.0));
    for (List<String> panel : panels) {
      double probability = byPanel.get(panel) / sum;
      probabilities.add(probability);
      panel.forEach(id -> marginals.merge(id, probability, Double::sum));
    }
    return new Lottery(panels, probabilities, marginals);
  }

  /** The feasible panel of greatest total weight (all weights zero: any feasible panel), or null. */
  private BitSet bestPanel(double[] weights, String droppedCategory) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    model.options.integer(REPRODUCIBLE);
    Variable[] x = new Variable[n];
    for (int i = 0; i < n; i++) {
      x[i] = model.addVariable("x" + i).binary().weight(weights[i]);
    }
    Expression size = model.addExpression("seats").level(seats);
    for (Variable v : x) {
      size.set(v, 1);
    }
    for (Map.Entry<String, Map<String, Quota>> category : quotas.entrySet()) {
      if (category.getKey().equals(droppedCategory)) {
        continue;
      }
      for (Map.Entry<String, Quota> value : new TreeMap<>(category.getValue()).entrySet()) {
        List<Integer> holders = holders(category.getKey(), value.getKey());
        Quota quota = value.getValue();
        if (holders.isEmpty()) {
          if (quota.min() > 0) {
            return null;
          }
          continue;
        }
        Expression e = model.addExpression(category.getKey() + "=" + value.getKey())
            .lower(quota.min()).upper(quota.max());
        holders.forEach(i -> e.set(x[i], 1));
      }
    }
    int h = 0;
    for (int[] household : sharedHouseholds) {
      Expression e = model.addExpression("household" + h++).upper(1);
      for (int i : household) {
        e.set(x[i], 1);
      }
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isFeasible()) {
      return null;
    }
    if (!result.getState().isOptimal()) {
      // Stopped by a time limit (time_suffice, time_abort) or an interrupt: which panel it holds
      // then depends on the machine's speed, so a draw built on it could not be recomputed.
      throw new IllegalStateException("The solver stopped before it proved a panel optimal (" + result.getState()
          + "); a draw from it could not be recomputed");
    }
    BitSet panel = new BitSet(n);
    for (int i = 0; i < n; i++) {
      if (result.doubleValue(i) > 0.5) {
        panel.set(i);
      }
    }
    if (panel.cardinality() != seats) {
      throw new IllegalStateException("The solver returned " + panel.cardinality() + " people for " + seats
          + " seats");
    }
    return panel;
  }

  /**
   * Refuses quotas that no panel can meet, naming the categories: first the plain counts, then
   * the integer program with each category's quotas dropped in turn.
   */
  private void diagnose() {
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    long households = pool.stream().map(Candidate::household).distinct().count();
    if (households < seats) {
      reasons.computeIfAbsent("households", k -> new ArrayList<>()).add("only " + households
          + " households in the pool for " + seats + " seats (at most one person per household)");
    }
    for (Map.Entry<String, Map<String, Quota>> category : quotas.entrySet()) {
      String name = category.getKey();
      int minSum = 0;
      int maxSum = 0;
      for (Map.Entry<String, Quota> value : category.getValue().entrySet()) {
        Quota quota = value.getValue();
        minSum += quota.min();
        long available = holders(name, value.getKey()).stream().map(i -> pool.get(i).household()).distinct().count();
        maxSum += (int) Math.min(quota.max(), available);
        if (available < quota.min()) {
          reasons.computeIfAbsent(name, k -> new ArrayList<>()).add(name + "=" + value.getKey() + " needs at least "
              + quota.min() + " but only " + available + " volunteers from different households have it");
        }
      }
      boolean unlisted = pool.stream().anyMatch(c -> !category.getValue().containsKey(c.features().get(name)));
      if (minSum > seats) {
        reasons.computeIfAbsent(name, k -> new ArrayList<>()).add(name + " minimums add up to " + minSum
            + ", more than the " + seats + " seats");
      }
      if (!unlisted && maxSum < seats) {
        reasons.computeIfAbsent(name, k -> new ArrayList<>()).add(name + " can fill at most " + maxSum
            + " of the " + seats + " seats");
      }
    }
    if (reasons.isEmpty() && bestPanel(new double[n], null) == null) {
      for (String category : quotas.keySet()) {
        if (bestPanel(new double[n], category) != null) {
          reasons.put(category, List.of(category + " cannot be met together with the other quotas"));
        }
      }
      if (reasons.isEmpty()) {
        reasons.put(String.join(" + ", quotas.keySet()), List.of("the quotas of " + String.join(", ", quotas.keySet())
            + " cannot be met together from this pool"));
      }
    }
    if (!reasons.isEmpty()) {
      throw new InfeasibleQuotas(List.copyOf(reasons.keySet()),
          reasons.values().stream().flatMap(List::stream).toList());
    }
  }

  private List<Integer> holders(String category, String value) {
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (value.equals(pool.get(i).features().get(category))) {
        result.add(i);
      }
    }
    return result;
  }

  private List<String> ids(BitSet panel) {
    return panel.stream().mapToObj(i -> pool.get(i).id()).sorted().toList();
  }

  private static double weightOf(BitSet panel, double[] weights) {
    return panel.stream().mapToDouble(i -> weights[i]).sum();
  }

  private static int countUnfixed(double[] fixed) {
    int count = 0;
    for (double f : fixed) {
      if (Double.isNaN(f)) {
        count++;
      }
    }
    return count;
  }

  private static int compareIds(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  static Map<String, Candidate> byId(List<Candidate> pool) {
    Map<String, Candidate> result = new HashMap<>();
    pool.forEach(c -> result.put(c.id(), c));
    return result;
  }
}
