package org.coproduce.codesign;

/** A specification version's life: drafted, then agreed by the panel or sent back. */
public enum SpecificationStatus {
  DRAFT, PANEL_APPROVED, PANEL_REJECTED, BUDGET_REJECTED, SIGNED_OFF, CHANGES_REQUESTED
}
