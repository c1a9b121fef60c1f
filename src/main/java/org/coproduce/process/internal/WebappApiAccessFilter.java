package org.coproduce.process.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Closes a gap in the webapps' own rules: Camunda checks a session's application rights when the
 * user logs in and opens an app, but its Cockpit and Admin plugin APIs only require a login. So a
 * citizen logged into Tasklist could call Cockpit's API (process statistics, instance counts).
 * Here every webapp API call must come from a session authorized for the app it belongs to:
 * {@code /api/cockpit} needs Cockpit, {@code /api/admin} (but its login endpoints) needs Admin,
 * {@code /api/engine} any of Tasklist, Cockpit, Admin. Anonymous calls pass on to Camunda, which
 * answers 401.
 */
class WebappApiAccessFilter implements Filter {

  private final String webappPath;

  WebappApiAccessFilter(String webappPath) {
    this.webappPath = webappPath;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    List<String> apps = requiredApps(path);
    HttpSession session = http.getSession(false);
    if (apps.isEmpty() || session == null) {
      chain.doFilter(request, response);
      return;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    List<UserAuthentication> users = authentications == null ? List.of() : authentications.getAuthentications();
    boolean allowed = users.isEmpty() || users.stream().anyMatch(user -> apps.stream().anyMatch(user::isAuthorizedForApp));
    if (!allowed) {
      HttpServletResponse denied = (HttpServletResponse) response;
      denied.setStatus(HttpServletResponse.SC_FORBIDDEN);
      denied.setContentType("application/json");
      denied.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"This session may not use "
          + String.join(" or ", apps) + ".\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private List<String> requiredApps(String path) {
    String api = webappPath + "/api/";
    if (path.startsWith(api + "cockpit/")) {
      return List.of("cockpit");
    }
    if (path.startsWith(api + "admin/") && !path.startsWith(api + "admin/auth/")) {
      return List.of("admin");
    }
    if (path.startsWith(api + "engine/")) {
      return List.of("tasklist", "cockpit", "admin");
    }
    return List.of();
  }
}
