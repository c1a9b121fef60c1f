package org.coproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The zero-setup default: no profile chosen means the demo on embedded H2 (here in memory instead
 * of ./data), with the same Flyway migrations as PostgreSQL and the documented demo logins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1",
    "logging.level.root=WARN"})
class DemoProfileIT {

  @Autowired TestRestTemplate http;
  @Autowired IdentityDirectory identities;
  @Autowired DataSource dataSource;

  @Test
  void runsOnEmbeddedH2WithTheDemoLogins() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
    }
    assertThat(http.withBasicAuth("admin", "admin").getForEntity("/engine-rest/process-definition", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("officer", "officer").getForEntity("/api/whoami", String.class).getBody())
        .contains(Roles.COMMISSIONING_OFFICERS);
    assertThat(identities.membersOf(Roles.CITIZENS)).contains("citizen1", "citizen6");
    assertThat(identities.membersOf(Roles.SUPPLIERS)).containsExactly("supplier1", "supplier2", "supplier3");
    assertThat(identities.groupsOf("admin")).containsExactly(Roles.ADMINISTRATORS);
    assertThat(identities.groupsOf("finance")).contains(Roles.FINANCE);
    assertThat(identities.groupsOf("approver")).contains(Roles.APPROVERS);
  }
}
