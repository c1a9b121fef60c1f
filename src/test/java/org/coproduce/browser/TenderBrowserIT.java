package org.coproduce.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coproduce.bidding.BidOpening;
import org.coproduce.shared.Roles;
import org.coproduce.testsupport.Browser;
import org.coproduce.testsupport.CommissioningFixture;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The tender phase in a real browser: an administrator finds the running tender and its incident in
 * Cockpit (someone fired the deadline timer before the deadline), then, once the deadline has
 * passed, the authorised official confirms the bid opening in Tasklist.
 */
@PostgresIntegrationTest
@ExtendWith(Browser.Extension.class)
class TenderBrowserIT {

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired BidOpening opening;
  @Autowired TestClock clock;
  @Autowired TestRestTemplate http;
  @LocalServerPort int port;
  Browser browser;

  @AfterEach
  void tearDown() {
    clock.reset();
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAdministratorSeesTheIncidentInCockpitAndTheOfficialConfirmsTheOpeningInTasklist() throws Exception {
    CommissioningFixture fx = new CommissioningFixture(context);
    String caseRef = fx.openCase("Library outreach");
    fx.confirmPanel(caseRef);
    fx.coDesign(caseRef);
    JsonNode tender = null;
    for (JsonNode t : new ObjectMapper().readTree(http.getForEntity("/api/tenders?status=open", String.class)
        .getBody())) {
      if (t.get("ocid").asText().endsWith(caseRef)) {
        tender = t;
      }
    }
    assertThat(tender).isNotNull();
    UUID tenderId = UUID.fromString(tender.get("id").asText());
    fx.login("fx-supplier1", Roles.SUPPLIERS);
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("fx-supplier1", CommissioningFixture.PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", "browser-" + caseRef);
    assertThat(http.exchange("/api/tenders/" + tenderId + "/bids", HttpMethod.POST, new HttpEntity<>(Map.of("price",
        "99000.00", "technicalResponse", "Outreach in every library", "socialValueResponse", "Two local jobs"),
        headers), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // Someone fires the deadline timer early: closing is refused, the job fails into an incident.
    ProcessInstance tenderProcess = runtime.createProcessInstanceQuery().processDefinitionKey("TenderProcess")
        .processInstanceBusinessKey(caseRef).singleResult();
    Job timer = management.createJobQuery().processInstanceId(tenderProcess.getId())
        .activityId("TimerEvent_SubmissionDeadline").singleResult();
    management.setJobRetries(timer.getId(), 1);
    assertThatThrownBy(() -> management.executeJob(timer.getId())).hasMessageContaining("deadline");
    Incident incident = runtime.createIncidentQuery().processInstanceId(tenderProcess.getId()).singleResult();
    assertThat(incident).isNotNull();

    // The administrator sees the running instance and its open incident in Cockpit.
    browser = Browser.open("http://localhost:" + port);
    browser.loginToWebapp("cockpit", "admin", "admin-secret");
    browser.waitFor(By.cssSelector(".dashboard, [cam-dashboard], .ctn-header"));
    browser.go("/camunda/app/cockpit/default/#/process-instance/" + tenderProcess.getId() + "/runtime?tab=incidents-tab");
    browser.waitUntilTextPresent(By.tagName("body"), "Tender and award contract");
    browser.waitUntilTextPresent(By.tagName("body"), "deadline");
    assertThat(browser.driver().getPageSource()).contains(tenderProcess.getId());
    browser.close();
    browser = null;

    // The deadline passes; the operator retries the job; the opening tasks appear.
    clock.setTo(Instant.parse(tender.get("submissionDeadline").asText()).plusSeconds(1));
    management.setJobRetries(timer.getId(), 1);
    management.executeJob(timer.getId());
    assertThat(runtime.createIncidentQuery().processInstanceId(tenderProcess.getId()).count()).isZero();

    // The authorised official confirms the opening in Tasklist, from the officers' queue.
    browser = Browser.open("http://localhost:" + port);
    browser.loginToWebapp("tasklist", CommissioningFixture.OFFICER, CommissioningFixture.PASSWORD);
    browser.waitForClickable(By.xpath("//div[contains(@class,'task-filter')][contains(.,'Queue: Commissioning officers')]"))
        .click();
    browser.waitForClickable(By.xpath("//li[contains(@class,'task')]//a[contains(.,'Confirm bid opening')]")).click();
    browser.waitForClickable(By.xpath("//button[normalize-space()='Claim']")).click();
    browser.waitUntilTextPresent(By.cssSelector(".fjs-container"), "as the authorised official");
    browser.waitForClickable(By.xpath("//label[contains(.,'as the authorised official')]")).click();
    browser.waitForClickable(By.xpath("//button[normalize-space()='Complete']")).click();
    browser.waitUntilGone(By.xpath("//li[contains(@class,'task')]//a[contains(.,'Confirm bid opening')]"));

    assertThat(opening.status(tenderId).toString()).contains(CommissioningFixture.OFFICER);
  }
}
