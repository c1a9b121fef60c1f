package org.coproduce.process.internal;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the domain API, served at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Coproduce domain API", version = "v1",
    description = "Co-produced commissioning of public services. Errors are RFC 9457 problem+json; refusals "
        + "under a business rule name it in 'rule'. Accounts are the Camunda identity's users (HTTP Basic).",
    license = @License(name = "Open source")))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class ApiDocumentation {
}
