package org.coproduce.codesign;

import java.util.List;

/**
 * The count of one vote under the double-majority rule: it passes only when a majority of the
 * citizen members and a majority of the official members approve.
 */
public record VoteTally(VoteSubject subject, int subjectVersion, boolean passed, int citizensFor, int citizens,
    int officialsFor, int officials, List<String> objections) {

  public String summary() {
    return (passed ? "passed" : "failed") + ": citizens " + citizensFor + "/" + citizens + ", officials "
        + officialsFor + "/" + officials;
  }
}
