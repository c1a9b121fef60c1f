package org.coproduce.panel;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An official who may sit on panels; officials always have a login. */
public record NewOfficial(
    @NotBlank @Size(max = 64) @Pattern(regexp = Features.USER_ID) String userId,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 100) String department,
    @NotBlank @Size(max = 100) String jobRole,
    @Size(max = 200) String supplierLink) {
}
