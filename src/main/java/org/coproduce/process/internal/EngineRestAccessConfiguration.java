package org.coproduce.process.internal;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link EngineRestAccessFilter} right after the engine REST authentication filter. */
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
}
