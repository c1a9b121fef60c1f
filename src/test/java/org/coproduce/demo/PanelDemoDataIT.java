package org.coproduce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.DrawResult;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.OfficialView;
import org.coproduce.panel.PanelService;
import org.coproduce.panel.People;
import org.coproduce.panel.VolunteerView;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The demo's panel people on embedded H2 (the V2 migration in H2's regular mode): the volunteer
 * pool and the officials, and a panel formed from them with the configured quotas.
 */
// Starts applications of its own: it runs in a JVM of its own (pom: failsafe "own-application").
@Tag("own-application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1",
    // As DemoProfileIT (so both share one context): named "default", this engine would take the
    // place of the shared PostgreSQL test context's engine in Camunda's JVM-wide registry.
    "camunda.bpm.process-engine-name=demo",
    "logging.level.root=WARN"})
class PanelDemoDataIT {

  @Autowired People people;
  @Autowired PanelService panels;
  @Autowired IdentityDirectory identities;
  @Autowired TestRestTemplate http;

  @Test
  void theDemoHasAVariedVolunteerPoolAndRegisteredOfficials() {
    List<VolunteerView> volunteers = people.volunteers();
    assertThat(volunteers).hasSizeGreaterThanOrEqualTo(40);
    assertThat(volunteers).extracting(VolunteerView::userId).contains("citizen1", "citizen6");
    assertThat(volunteers).extracting(VolunteerView::ward).contains("north", "south", "east", "west");
    assertThat(volunteers).extracting(VolunteerView::ageBand).contains("16-29", "30-44", "45-64", "65-plus");
    assertThat(volunteers).extracting(VolunteerView::gender).contains("female", "male", "non-binary");
    assertThat(people.officials()).extracting(OfficialView::userId)
        .contains("official1", "official2", "officer", "finance", "approver");
    assertThat(http.withBasicAuth("officer", "officer").getForEntity("/api/volunteers", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aPanelDrawnFromTheDemoPoolWithTheConfiguredQuotasBecomesItsGroup() {
    DrawResult draw = panels.draw("C-DEMO-001", "Demo case", "officer");
    assertThat(draw.members()).hasSize(8);
    panels.confirm("C-DEMO-001", "officer");

    List<ActiveMember> members = panels.activeMembers("C-DEMO-001");
    assertThat(members).filteredOn(m -> m.kind() == MemberKind.OFFICIAL).extracting(ActiveMember::userId)
        .doesNotContain("officer", "finance", "approver");
    assertThat(identities.membersOf(Roles.panelGroup("C-DEMO-001")))
        .containsExactlyInAnyOrderElementsOf(members.stream().map(ActiveMember::userId).toList());
  }
}
