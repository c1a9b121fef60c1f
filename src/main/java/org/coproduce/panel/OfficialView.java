package org.coproduce.panel;

/** A registered official. */
public record OfficialView(long id, String userId, String firstName, String lastName, String email,
    String department, String jobRole, String supplierLink, boolean active) {
}
