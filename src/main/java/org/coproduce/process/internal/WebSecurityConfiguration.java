package org.coproduce.process.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.coproduce.shared.Roles;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may call what over HTTP.
 *
 * <ul>
 *   <li>{@code /engine-rest/**}: Camunda's own HTTP Basic filter against the identity service, so
 *       engine authorizations apply to the caller (401 without credentials).
 *   <li>{@code /api/**} and actuator: Spring Security, HTTP Basic, stateless, problem+json errors;
 *       {@code /api/public/**}, the open-tender listing and a published tender need no login.
 *   <li>The OpenAPI description ({@code /v3/api-docs/**}, {@code /swagger-ui/**}) is public.
 *   <li>{@code /camunda/**} (Tasklist, Cockpit, Admin) keeps the webapps' own session login.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurityConfiguration {

  /** Camunda's authentication filter runs at this order; filters that need the caller come after. */
  static final int ENGINE_REST_AUTHENTICATION_ORDER = 0;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER);
    return registration;
  }

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
    AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"coproduce\"");
      problem(json, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
          "Log in with HTTP Basic credentials.");
    };
    AccessDeniedHandler forbidden = (request, response, e) ->
        problem(json, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "You are not allowed to do this.");
    http
        .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
            "/swagger-ui.html")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/api/public/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/api/tenders", "/api/tenders/*").permitAll()
            .requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
            .permitAll()
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .requestMatchers("/actuator/**").hasAuthority(Roles.ADMINISTRATORS)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless HTTP Basic API: no cookies, so no cross-site request forgery to defend against.
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  private static void problem(ObjectMapper json, HttpServletResponse response, int status, String title,
      String detail) throws java.io.IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", title,
        "status", status, "detail", detail));
  }
}
