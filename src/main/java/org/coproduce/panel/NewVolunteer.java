package org.coproduce.panel;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A citizen who volunteers for panels. The four features are what the draw balances; their values
 * are short keys such as {@code north}, {@code 30-44}, matching the quotas.
 *
 * @param extraFeature the value of the configurable fourth category ({@code coproduce.panel.extra-category})
 * @param household a key shared by everyone living at one address: at most one of them may sit
 * @param supplierLink a declared link to a supplier (employment, ownership, family); blank for none
 * @param userId an existing login, or {@code null}: one is created when a panel is confirmed
 */
public record NewVolunteer(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 60) @Pattern(regexp = Features.VALUE) String ward,
    @NotBlank @Size(max = 60) @Pattern(regexp = Features.VALUE) String ageBand,
    @NotBlank @Size(max = 60) @Pattern(regexp = Features.VALUE) String gender,
    @NotBlank @Size(max = 60) @Pattern(regexp = Features.VALUE) String extraFeature,
    @NotBlank @Size(max = 100) String household,
    @Size(max = 200) String supplierLink,
    @Size(max = 64) @Pattern(regexp = Features.USER_ID) String userId) {
}
