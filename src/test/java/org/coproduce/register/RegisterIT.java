package org.coproduce.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.testsupport.CommissioningJourney;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public register on the real server, as an anonymous visitor without JavaScript sees it: the
 * pages render with their content, need no login, show nothing sealed before the opening (a canary
 * in the bids, the bidders' ids) and no personal data, show the chain status (also when broken),
 * and are sane, accessible HTML (jsoup).
 */
@PostgresIntegrationTest
class RegisterIT {

  static final String CANARY = "CANARY-register-5d1e0c-sealed";
  static final String PROBLEM = "Older residents of the north ward are lonely and need help at home.";

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate http;
  @Autowired TestClock clock;
  @Autowired DecisionRecord record;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aCaseFileShowsEveryStepWithoutLoginAndNothingSealedBeforeTheOpening() {
    CommissioningJourney journey = new CommissioningJourney(context).openCase("Home support", PROBLEM)
        .drawAndConfirmPanel().assessNeeds("Regular visits by the same carers, help with shopping.")
        .agreeSpecificationAndDocuments("Weekly visits by a named carer").publishTender(Duration.ofHours(2));
    String alpha = journey.bid("rg-supplier-alpha", "118765.43", CANARY + " technical", CANARY + " social");
    String beta = journey.bid("rg-supplier-beta", "99876.54", "Our method", CANARY);
    String casePath = "/register/cases/" + journey.caseRef;
    String tenderPath = "/register/tenders/" + journey.tenderId;

    Document home = page("/register");
    Document caseFile = page(casePath);
    Document tender = page(tenderPath);

    // The home page: the open tender with its deadline, document and SHA-256, the case, the chain.
    assertThat(home.text()).contains("Evening youth space").contains(journey.document.getSha256())
        .contains(journey.caseRef).contains("Chain status: intact");
    assertThat(home.select("a[href=/api/public/ocds/" + journey.ocid() + "]")).isNotEmpty();
    assertThat(home.select("a[href=/api/public/tender-documents/" + journey.document.getId() + "]")).isNotEmpty();

    // The case file: case, panel by seat, needs, assessment, specification with weights, votes, budget, documents.
    String text = caseFile.text();
    assertThat(text).contains(PROBLEM).contains(journey.budgetLine).contains("250,000.00 CAD")
        .contains("Citizen 1").contains("Official 1").contains(journey.chair)
        .contains("Needs seen by " + journey.members.get(0).userId())
        .contains("Regular visits by the same carers, help with shopping.")
        .contains("Weekly visits by a named carer").contains("Quality of service").contains("50%").contains("35%")
        .contains("Agreed by " + journey.members.get(1).userId()).contains("passed: citizens")
        .contains("Fits the line").contains("180,000.00 CAD").contains(journey.document.getSha256())
        .contains("Bids are sealed");
    assertThat(caseFile.getElementById("needs-assessment-v1")).isNotNull();
    assertThat(caseFile.getElementById("specification-v1")).isNotNull();
    // The decision timeline with the chain status.
    assertThat(caseFile.select("#timeline ~ table tbody tr")).hasSizeGreaterThan(10);
    assertThat(text).contains("case.opened").contains("vote.specification").contains("tender.published")
        .contains("Chain status: intact");
    // The tender page: criteria and weights, deadline, document.
    assertThat(tender.text()).contains("Quality of service").contains("Social value").contains("15%")
        .contains(journey.document.getSha256()).contains("Bids are sealed");

    // Before the opening: no bid content, no bidder, no price, anywhere.
    for (Document page : List.of(home, caseFile, tender)) {
      assertThat(page.html()).doesNotContain(CANARY).doesNotContain(alpha).doesNotContain(beta)
          .doesNotContain("118,765.43").doesNotContain("118765.43");
    }
    // No personal data of the volunteers either.
    assertThat(caseFile.html()).doesNotContain(CommissioningJourney.VOLUNTEER_SURNAME)
        .doesNotContain("@private.example");

    // After the opening the bidders are named, their bids never shown.
    journey.openBids();
    Document openedCase = page(casePath);
    Document openedTender = page(tenderPath);
    for (Document page : List.of(openedCase, openedTender)) {
      assertThat(page.text()).contains(alpha).contains(beta).contains("2 bids opened on");
      assertThat(page.html()).doesNotContain(CANARY).doesNotContain("118,765.43").doesNotContain("118765.43")
          .doesNotContain("99876.54");
    }
    assertThat(openedCase.text()).contains("tender.bids-opened");
  }

  @Test
  void everyPageIsSaneAccessibleHtmlReachableWithoutJavaScript() {
    CommissioningJourney journey = new CommissioningJourney(context).openCase("Library outreach",
        "People who cannot leave home have no access to the library's books.").drawAndConfirmPanel()
        .assessNeeds("Delivery of books every two weeks.").agreeSpecificationAndDocuments("Fortnightly delivery")
        .publishTender(Duration.ofHours(2));
    journey.bid("rg-supplier-gamma", "50000", "Vans", "Volunteers");
    journey.openBids();

    Set<String> visited = new HashSet<>();
    List<String> queue = new ArrayList<>(List.of("/register", "/register/cases/" + journey.caseRef,
        "/register/tenders/" + journey.tenderId));
    while (!queue.isEmpty()) {
      String path = queue.remove(0);
      if (!visited.add(path)) {
        continue;
      }
      Document page = page(path);
      assertSane(path, page);
      // Every register page links only to pages that answer without a login (no script needed).
      for (Element link : page.select("a[href^=/register]")) {
        String href = link.attr("href").replaceAll("#.*$", "");
        if (!href.isEmpty() && !visited.contains(href) && visited.size() + queue.size() < 40) {
          queue.add(href);
        }
      }
      for (Element link : page.select("a[href^=/api/public/]")) {
        assertThat(http.getForEntity(link.attr("href"), String.class).getStatusCode()).as(link.attr("href"))
            .isEqualTo(HttpStatus.OK);
      }
    }
    assertThat(visited).contains("/register/cases/" + journey.caseRef, "/register/tenders/" + journey.tenderId);
  }

  @Test
  void unknownCasesAndTendersAreAnHtmlNotFoundPage() {
    for (String path : List.of("/register/cases/C-1999-999", "/register/tenders/not-a-uuid",
        "/register/tenders/00000000-0000-0000-0000-000000000000")) {
      ResponseEntity<String> response = http.getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
      assertSane(path, Jsoup.parse(response.getBody()));
    }
  }

  @Test
  void theRootStillLeadsToCamundaAndTheRegisterNeedsNoLogin() throws Exception {
    HttpResponse<String> root = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
        .send(HttpRequest.newBuilder(URI.create(http.getRootUri() + "/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(root.statusCode()).isBetween(300, 399);
    assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/"));

    ResponseEntity<String> register = http.getForEntity("/register", String.class);
    assertThat(register.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(register.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
    assertThat(register.getHeaders().containsKey(HttpHeaders.SET_COOKIE)).isFalse();
    assertThat(Jsoup.parse(register.getBody()).select("a[href=/camunda/app/tasklist/]")).isNotEmpty();
  }

  @Test
  void aBrokenChainIsShownAtItsFirstBrokenEntry() {
    CommissioningJourney journey = new CommissioningJourney(context).openCase("Street lighting",
        "Dark streets in the west ward make walking home unsafe.");
    long seq = tx.execute(s -> record.append(new Decision(journey.caseRef, CommissioningJourney.OFFICER,
        "commissioning-officer", "case.note", "test-rule", "noted", Map.of("note", "a note")))).seq();
    String outcome = jdbc.queryForObject("select outcome from decision_record where seq = ?", String.class, seq);
    try {
      jdbc.update("update decision_record set outcome = 'quietly changed' where seq = ?", seq);
      Document caseFile = page("/register/cases/" + journey.caseRef);
      assertThat(caseFile.text()).contains("Chain status: broken at entry #" + seq)
          .contains("its content does not match its hash");
      assertThat(caseFile.getElementById("decision-" + seq).hasClass("after-break")).isTrue();
      assertThat(page("/register").text()).contains("Chain status: broken at entry #" + seq);
    } finally {
      jdbc.update("update decision_record set outcome = ? where seq = ?", outcome, seq);
    }
    assertThat(page("/register/cases/" + journey.caseRef).text()).contains("Chain status: intact");
  }

  private Document page(String path) {
    ResponseEntity<String> response = http.getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as("GET %s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(path).isTrue();
    return Jsoup.parse(response.getBody());
  }

  /** Landmarks, one h1, headings in order, tables with captions and scoped headers, machine-readable times. */
  private static void assertSane(String path, Document page) {
    assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
    assertThat(page.title()).as(path).isNotBlank();
    assertThat(page.select("script")).as("%s has no script", path).isEmpty();
    assertThat(page.select("h1")).as("%s has one h1", path).hasSize(1);
    assertThat(page.select("main#main")).as(path).hasSize(1);
    assertThat(page.select("header")).as(path).isNotEmpty();
    assertThat(page.select("footer")).as(path).isNotEmpty();
    assertThat(page.select("nav[aria-label]")).as(path).isNotEmpty();
    Element skip = page.selectFirst("a.skip-link");
    assertThat(skip).as("%s has a skip link", path).isNotNull();
    assertThat(skip.attr("href")).isEqualTo("#main");
    assertThat(page.select("body *").first()).as("%s: the skip link comes first", path).isEqualTo(skip);

    int previous = 0;
    for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
      int level = Integer.parseInt(heading.tagName().substring(1));
      assertThat(level).as("%s: heading '%s' after h%d", path, heading.text(), previous).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    for (Element table : page.select("table")) {
      assertThat(table.select("caption")).as("%s: table has a caption", path).hasSize(1);
      assertThat(table.select("th")).as("%s: table has headers", path).isNotEmpty();
      table.select("th").forEach(th -> assertThat(th.attr("scope")).as("%s: th '%s' has scope", path, th.text())
          .isIn("col", "row"));
    }
    for (Element time : page.select("time")) {
      assertThat(Instant.parse(time.attr("datetime"))).as(path).isNotNull();
    }
    Set<String> ids = new HashSet<>();
    page.select("[id]").forEach(e -> assertThat(ids.add(e.id())).as("%s: id %s is unique", path, e.id()).isTrue());
    for (Element labelled : page.select("[aria-labelledby]")) {
      assertThat(page.getElementById(labelled.attr("aria-labelledby"))).as(path).isNotNull();
    }
  }
}
