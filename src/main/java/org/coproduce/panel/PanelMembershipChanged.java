package org.coproduce.panel;

import java.util.List;

/**
 * A panel was formed (confirmed) or changed (a member replaced). Published inside the transaction
 * that made the change; listeners that keep the engine's identity in step (the group
 * {@code panel-<caseRef>}) must handle it synchronously, so that a rollback undoes both.
 *
 * @param activeMembers everyone who sits on the panel now; nobody else may be in its group
 */
public record PanelMembershipChanged(String caseRef, String caseTitle, List<PanelAccount> activeMembers) {
}
