package org.coproduce.evaluation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current scores from the raw data: each raw score, replaced by every moderation of it in the
 * order they were made, the latest winning. Pure. Cut-offs restrict both to what a stored ranking
 * included, so that the ranking can be recomputed exactly however much was moderated since.
 */
final class ScoreSheet {

  /** A score's identity: one evaluator's score of one bid on one criterion. */
  record Key(UUID bidId, String evaluatorId, String criterion) {
  }

  /** A raw score as given, with its id (ids grow in the order scores were stored). */
  record Raw(long id, Key key, int score) {
  }

  /** A moderation of a score, with its id (ids grow in the order moderations were made). */
  record Change(long id, Key key, int toScore) {
  }

  private ScoreSheet() {
  }

  /** Every included raw score's current value; moderations of scores not included are ignored. */
  static Map<Key, Integer> current(List<Raw> raw, List<Change> changes, long scoreCutoff, long changeCutoff) {
    Map<Key, Integer> current = new LinkedHashMap<>();
    raw.stream().filter(r -> r.id() <= scoreCutoff).sorted((a, b) -> Long.compare(a.id(), b.id()))
        .forEach(r -> current.put(r.key(), r.score()));
    changes.stream().filter(c -> c.id() <= changeCutoff && current.containsKey(c.key()))
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .forEach(c -> current.put(c.key(), c.toScore()));
    return current;
  }

  /** The current scores per bid and criterion, as the ranking takes them. */
  static Map<UUID, Map<String, List<Integer>>> byBidAndCriterion(Map<Key, Integer> current) {
    Map<UUID, Map<String, List<Integer>>> byBid = new HashMap<>();
    current.forEach((key, score) -> byBid.computeIfAbsent(key.bidId(), b -> new HashMap<>())
        .computeIfAbsent(key.criterion(), c -> new ArrayList<>()).add(score));
    return byBid;
  }
}
