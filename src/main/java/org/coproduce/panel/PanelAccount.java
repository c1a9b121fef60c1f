package org.coproduce.panel;

/**
 * A panel member as the identity service must know them.
 *
 * @param newAccount true when the panel module just gave this volunteer a login id: the account must
 *     not exist yet (it is created, and the invitation recorded)
 */
public record PanelAccount(String userId, String firstName, String lastName, String email, MemberKind kind,
    boolean newAccount) {
}
