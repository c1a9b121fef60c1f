package org.coproduce.process.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The engine REST API is the API of the webapps: only people who may use one of them (Tasklist,
 * Cockpit or Admin) may call it. Everyone else (suppliers, the public) gets 403 on every path,
 * instead of empty but successful answers. Runs after Camunda's authentication filter, which has
 * put the caller's identity on the engine.
 */
class EngineRestAccessFilter implements Filter {

  private static final List<String> APPLICATIONS = List.of("tasklist", "cockpit", "admin");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  EngineRestAccessFilter(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller != null && !mayUseAnApplication(caller)) {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setStatus(HttpServletResponse.SC_FORBIDDEN);
      http.setContentType("application/json");
      http.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"The user '" + caller.getUserId()
          + "' may not use the engine API.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean mayUseAnApplication(Authentication caller) {
    return APPLICATIONS.stream().anyMatch(app -> authorizationService.isUserAuthorized(caller.getUserId(),
        caller.getGroupIds(), Permissions.ACCESS, Resources.APPLICATION, app));
  }
}
