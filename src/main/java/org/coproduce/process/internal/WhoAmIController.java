package org.coproduce.process.internal;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets a client check its login: who the API takes it for and which groups it holds. */
@RestController
class WhoAmIController {

  record Caller(String userId, List<String> groups) {
  }

  @GetMapping("/api/whoami")
  Caller whoAmI(Authentication authentication) {
    return new Caller(authentication.getName(),
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
  }
}
