package org.coproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.coproduce.process.ModelConventions;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The whole application on real PostgreSQL: models deployed, the engine REST API locked, the index present. */
@PostgresIntegrationTest
class ApplicationIT {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;

  @Test
  void runsOnPostgresql() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }

  @Test
  void deploysEveryProcessAndFormFromTheTopLevelFolders() {
    ModelConventions models = ModelConventions.check(Path.of("processes"), Path.of("forms"));
    for (String processId : models.processIds()) {
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(processId).latestVersion().count())
          .as("process %s deployed", processId).isEqualTo(1);
    }
    Deployment deployment = repository.createDeploymentQuery().deploymentName("coproduce")
        .orderByDeploymentTime().desc().list().get(0);
    List<String> resources = repository.getDeploymentResources(deployment.getId()).stream()
        .map(Resource::getName).toList();
    for (String formId : models.formIds()) {
      assertThat(resources).as("form %s deployed beside the diagrams", formId)
          .anySatisfy(name -> assertThat(name).endsWith("/forms/" + formId + ".form"));
    }
  }

  @Test
  void everyDelegateExpressionNamesADelegateBean() {
    ModelConventions models = ModelConventions.check(Path.of("processes"), Path.of("forms"));
    for (String bean : models.delegateBeans()) {
      assertThat(context.containsBean(bean)).as("bean %s exists", bean).isTrue();
      assertThat(context.getBean(bean)).as("bean %s is a delegate or listener", bean)
          .isInstanceOfAny(JavaDelegate.class, ExecutionListener.class, TaskListener.class);
    }
  }

  @Test
  void engineRestRequiresAuthentication() {
    ResponseEntity<String> anonymous = http.getForEntity("/engine-rest/process-definition", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> admin = http.withBasicAuth("admin", "admin-secret")
        .getForEntity("/engine-rest/process-definition", String.class);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin.getBody()).contains("\"key\"");

    // A wrong password is refused (and Camunda then delays that user's next login attempts).
    ResponseEntity<String> wrongPassword = http.withBasicAuth("nobody", "wrong")
        .getForEntity("/engine-rest/process-definition", String.class);
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void domainApiAnswersUnauthenticatedCallersWithProblemJson() {
    ResponseEntity<String> anonymous = http.getForEntity("/api/whoami", String.class);

    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(anonymous.getBody()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void healthIsPublicButMetricsAreForAdministrators() {
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("admin", "admin-secret").getForEntity("/actuator/metrics", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void taskParentIndexExists() throws Exception {
    try (Connection connection = dataSource.getConnection();
        ResultSet rs = connection.createStatement().executeQuery(
            "select indexdef from pg_indexes where tablename = 'act_ru_task' and indexname = 'coproduce_idx_task_parent'")) {
      assertThat(rs.next()).as("index on act_ru_task(parent_task_id_)").isTrue();
      assertThat(rs.getString(1)).contains("parent_task_id_");
    }
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    assertThat(context.getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration())
        .extracting("javaSerializationFormatEnabled").isEqualTo(false);
  }
}
