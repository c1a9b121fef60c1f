package org.coproduce.review;

/** The panel's finding on one outcome: how far it is met, and the evidence. */
public record Finding(int position, String outcome, Assessment assessment, String evidence) {
}
