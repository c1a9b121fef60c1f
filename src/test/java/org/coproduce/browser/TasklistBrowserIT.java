package org.coproduce.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.PanelMemberView;
import org.coproduce.panel.PanelService;
import org.coproduce.testsupport.Browser;
import org.coproduce.testsupport.CommissioningFixture;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A citizen works their panel's task in Tasklist, in a real browser: logs in, finds only their
 * panel's filter and its task, opens it, the Camunda Form renders, they fill it in and complete
 * it, and the process moves on.
 */
@PostgresIntegrationTest
@ExtendWith(Browser.Extension.class)
class TasklistBrowserIT {

  @Autowired ApplicationContext context;
  @Autowired PanelService panels;
  @LocalServerPort int port;
  Browser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aCitizenFindsCompletesTheirPanelsTaskAndTheProcessMovesOn() throws Exception {
    CommissioningFixture fixture = new CommissioningFixture(context);
    String ours = fixture.openCase("Evening youth space");
    List<ActiveMember> members = fixture.confirmPanel(ours);
    String other = fixture.openCase("Riverside allotments");
    fixture.waitForTask(CommissioningFixture.OFFICER, other, "Task_ConfirmPanel");
    // The fixture pool is small: two draws may seat the same citizens. Redraw the other panel (the
    // officer's own choice before confirming) until one of our citizens sits on ours alone.
    List<String> ourCitizens = members.stream().filter(m -> m.kind() == MemberKind.CITIZEN)
        .map(ActiveMember::userId).toList();
    for (int i = 0; i < 20 && drawnUsers(other).containsAll(ourCitizens); i++) {
      panels.redraw(other, CommissioningFixture.OFFICER);
    }
    List<String> otherMembers = fixture.confirmPanel(other).stream().map(ActiveMember::userId).toList();
    String citizen = members.stream().filter(m -> m.kind() == MemberKind.CITIZEN)
        .filter(m -> !otherMembers.contains(m.userId())).findFirst().orElseThrow().userId();
    fixture.waitForTask(citizen, ours, "Task_DeclareConflicts");

    browser = Browser.open("http://localhost:" + port);
    browser.loginToWebapp("tasklist", citizen, CommissioningFixture.PASSWORD);

    browser.waitUntilTextPresent(By.cssSelector(".task-filters"), "Panel: Evening youth space");
    List<String> filters = browser.texts(By.cssSelector(".task-filters .task-filter"));
    assertThat(filters).anySatisfy(f -> assertThat(f).startsWith("Panel: Evening youth space"))
        .noneSatisfy(f -> assertThat(f).contains("Riverside allotments"))
        .noneSatisfy(f -> assertThat(f).contains("Queue:"));

    browser.waitForClickable(By.xpath("//div[contains(@class,'task-filter')][contains(.,'Panel: Evening youth space')]"))
        .click();
    browser.waitForClickable(By.xpath("//li[contains(@class,'task')]//a[contains(.,'Declare conflicts')]")).click();

    // The Camunda Form renders with its fields.
    browser.waitFor(By.cssSelector(".fjs-container"));
    browser.waitUntilTextPresent(By.cssSelector(".fjs-container"), "I have a conflict of interest in this case");
    browser.waitForClickable(By.xpath("//label[contains(.,'Details')]/following::textarea[1]"))
        .sendKeys("None that I know of.");
    browser.waitForClickable(By.xpath("//button[normalize-space()='Complete']")).click();

    // The task is gone from the list and the declaration is on record; the process moved on.
    browser.waitUntilGone(By.xpath("//li[contains(@class,'task')]//a[contains(.,'Declare conflicts')]"));
    assertThat(panels.declarations(ours)).anySatisfy(d -> {
      assertThat(d.memberUserId()).isEqualTo(citizen);
      assertThat(d.hasConflict()).isFalse();
      assertThat(d.details()).isEqualTo("None that I know of.");
    });
    for (ActiveMember m : members) {
      if (!m.userId().equals(citizen)) {
        fixture.complete(m.userId(), fixture.waitForTask(m.userId(), ours, "Task_DeclareConflicts"),
            java.util.Map.of("hasConflict", false));
      }
    }
    assertThat(fixture.waitForTask(citizen, ours, "Task_RecordNeeds")).isNotBlank();
  }

  private List<String> drawnUsers(String caseRef) {
    return panels.panel(caseRef).members().stream().map(PanelMemberView::userId).toList();
  }
}
