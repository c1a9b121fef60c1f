package org.coproduce.evaluation;

/**
 * A stored ranking that its stored raw scores no longer produce (they were changed after ranking):
 * nothing may be published or decided on it.
 */
public class RankingNoLongerVerifies extends IllegalStateException {

  public RankingNoLongerVerifies(String message) {
    super(message);
  }
}
