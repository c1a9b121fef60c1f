package org.coproduce.panel;

import java.time.Instant;

/** A registered volunteer as officers see them. */
public record VolunteerView(long id, String firstName, String lastName, String email, String ward, String ageBand,
    String gender, String extraFeature, String household, String supplierLink, String userId, boolean active,
    Instant registeredAt) {
}
