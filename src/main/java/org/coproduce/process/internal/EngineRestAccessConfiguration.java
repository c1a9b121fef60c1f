package org.coproduce.process.internal;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link EngineRestAccessFilter} right after the engine REST authentication filter, and
 * {@link WebappApiAccessFilter} on the webapps' APIs.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAccessConfiguration {

  @Bean
  FilterRegistrationBean<EngineRestAccessFilter> engineRestAccess(IdentityService identityService,
      AuthorizationService authorizationService) {
    FilterRegistrationBean<EngineRestAccessFilter> registration =
        new FilterRegistrationBean<>(new EngineRestAccessFilter(identityService, authorizationService));
    registration.setName("coproduce-engine-rest-access");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(WebSecurityConfiguration.ENGINE_REST_AUTHENTICATION_ORDER + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappApiAccessFilter> webappApiAccess(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<WebappApiAccessFilter> registration =
        new FilterRegistrationBean<>(new WebappApiAccessFilter(webappPath));
    registration.setName("coproduce-webapp-api-access");
    registration.addUrlPatterns(webappPath + "/api/*");
    return registration;
  }
}
