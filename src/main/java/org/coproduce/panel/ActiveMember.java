package org.coproduce.panel;

/** A person who currently sits on a confirmed panel: their login, citizen or official, chair or not. */
public record ActiveMember(String userId, MemberKind kind, boolean chair) {
}
