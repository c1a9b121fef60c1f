package org.coproduce.panel;

/** An alternate for a seat of the given kind, in the order in which alternates are called on. */
public record AlternateView(MemberKind kind, int rank, long personId, String name, boolean used) {
}
