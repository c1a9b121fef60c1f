package org.coproduce.process.internal;

import java.util.List;
import org.coproduce.process.IdentityDirectory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials of the domain API against the Camunda identity service, so one
 * account works everywhere. The caller's Camunda groups become its authorities. Recently verified
 * credentials are answered from {@link VerifiedCredentials}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

  private final IdentityDirectory identities;
  private final VerifiedCredentials verified;

  CamundaIdentityAuthenticationProvider(IdentityDirectory identities, VerifiedCredentials verified) {
    this.identities = identities;
    this.verified = verified;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    String password = credentials.toString();
    List<String> groups = verified.lookup(userId, password);
    if (groups == null) {
      if (!identities.checkPassword(userId, password)) {
        throw new BadCredentialsException("Bad credentials");
      }
      groups = identities.groupsOf(userId).stream().sorted().toList();
      verified.remember(userId, password, groups);
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null,
        groups.stream().map(SimpleGrantedAuthority::new).toList());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
