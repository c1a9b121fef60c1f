package org.coproduce.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at the real PostgreSQL of {@link PostgresTestDatabase}. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-database",
        Map.of("spring.datasource.url", PostgresTestDatabase.url(),
            "spring.datasource.username", PostgresTestDatabase.user(),
            "spring.datasource.password", PostgresTestDatabase.password())));
  }
}
