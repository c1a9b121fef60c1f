package org.coproduce.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coproduce.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code kill -9} of a node at the worst moments, then a restart on the same database:
 * <ol>
 *   <li>during a burst of bid submissions and replacements from several suppliers at once: every
 *       receipted version is stored intact (its hash is the hash of what was sent), sealed until the
 *       opening, and opened after the deadline; a request that got no answer is either wholly there
 *       or not at all;
 *   <li>while the award notices are being sent, with one message in the mail server's hands but not
 *       accepted: after the restart the job runs again and that bidder has its notice once; and once
 *       more with a message accepted whose acceptance the node never heard of (ADR 0005's residual
 *       window): that notice arrives twice with one Message-ID. Every other bidder has exactly one.
 * </ol>
 */
// Starts applications of its own: it runs in a JVM of its own (pom: failsafe "own-application").
@Tag("own-application")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyIT {

  private static final Duration START = Duration.ofMinutes(4);
  private static final int SUPPLIERS = 8;
  /** Receipts before the kill: every supplier has one bid and is busy replacing it. */
  private static final int RECEIPTS_BEFORE_KILL = 40;
  private static final String MARKER = "Sealed-text-marker";

  static GreenMail mail;
  static GatedSmtpProxy proxy;
  static AppNode node;
  static String url;
  static HttpJourney journey;
  static final Map<String, Bidder> bidders = new TreeMap<>();

  /** What one supplier sent and what it was told. */
  static final class Bidder {
    final String supplier;
    String bidId;
    /** Receipts the supplier got, in order: version to hash. */
    final Map<Integer, JsonNode> receipts = new LinkedHashMap<>();
    /** The hash of the request that got no answer (the node died), if any. */
    String unanswered;

    Bidder(String supplier) {
      this.supplier = supplier;
    }
  }

  @BeforeAll
  static void startNode() throws IOException {
    url = PostgresTestDatabase.createDatabase("coproduce_test_crash");
    mail = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    proxy = new GatedSmtpProxy(mail.getSmtp().getPort());
    node = new AppNode("node-c", url, Map.of(
        "spring.mail.port", String.valueOf(proxy.port()),
        // Time from the tender documents to the deadline: sign-off, the burst, a kill and a restart.
        "coproduce.tender-documents.submission-period", "PT150S",
        // A killed node's hold on a notice and then its job lock expire soon after the restart; the
        // lock outlasts the hold, so the retried job never finds the notice still held.
        "camunda.bpm.job-execution.lock-time-in-millis", "40000",
        "coproduce.notification.claim-timeout", "PT30S"));
    node.start().awaitReady(START);
    journey = new HttpJourney(List.of(new Api(node)));
  }

  @AfterAll
  static void stopEverything() throws IOException {
    if (node != null) {
      node.kill();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (mail != null) {
      mail.stop();
    }
  }

  @Test
  @Order(1)
  void everyReceiptedBidSurvivesAKillDuringABurstOfSubmissions() throws Exception {
    journey.people();
    for (int i = 1; i <= SUPPLIERS; i++) {
      String supplier = "ops-bidder" + i;
      journey.login(supplier, "suppliers");
      bidders.put(supplier, new Bidder(supplier));
    }
    journey.openCase("Crash safety care service");
    journey.confirmPanel();
    journey.coDesign();

    AtomicInteger receipted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(SUPPLIERS);
    List<Future<?>> running = new ArrayList<>();
    Api api = new Api(node);
    for (Bidder bidder : bidders.values()) {
      running.add(pool.submit(() -> burst(api, bidder, receipted)));
    }
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (receipted.get() < RECEIPTS_BEFORE_KILL && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(receipted.get()).as("receipts before the kill").isGreaterThanOrEqualTo(RECEIPTS_BEFORE_KILL);
    node.kill();
    for (Future<?> f : running) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    int answered = receipted.get();
    long inFlight = bidders.values().stream().filter(b -> b.unanswered != null).count();
    System.out.println("Killed during the burst: " + answered + " receipts, " + inFlight + " requests unanswered");
    assertThat(inFlight).as("requests the kill cut off").isPositive();

    node.start().awaitReady(START);
    Api restarted = new Api(node);
    journey.replaceNode(0, restarted);

    Map<String, String> current = new HashMap<>();
    for (Bidder bidder : bidders.values()) {
      current.put(bidder.supplier, verifyAfterRestart(restarted, bidder));
    }
    try (Connection c = DriverManager.getConnection(url, PostgresTestDatabase.user(), PostgresTestDatabase.password())) {
      assertThat(count(c, "select count(*) from bid b where not exists (select 1 from bid_version v "
          + "where v.bid_id = b.id and v.version = b.current_version and v.content_sha256 = b.content_sha256)"))
          .as("bids whose current version is missing or differs").isZero();
      assertThat(count(c, "select count(*) from bid_version v where not exists (select 1 from bid b "
          + "where b.id = v.bid_id and v.version <= b.current_version)")).as("versions beyond their bid").isZero();
      assertThat(count(c, "select count(*) from bid_version where position(convert_to('" + MARKER
          + "', 'UTF8') in ciphertext) > 0")).as("versions stored in the clear").isZero();
      assertThat(count(c, "select count(*) from bid_version")).as("versions stored")
          .isGreaterThanOrEqualTo(answered);
    }

    // After the deadline the bids are opened: every one decrypts and matches its receipt, or the
    // opening stops with an incident and the compliance tasks never come.
    journey.openBids();
    int standing = (int) current.values().stream().filter(v -> v != null).count();
    journey.all(HttpJourney.OFFICER, "Task_CheckCompliance", standing);
    JsonNode opened = opening();
    Map<String, String> openedHashes = new TreeMap<>();
    for (JsonNode b : opened.get("bids")) {
      openedHashes.put(b.get("supplier").asText(), b.get("sha256").asText());
    }
    Map<String, String> expected = new TreeMap<>();
    current.forEach((supplier, sha) -> {
      if (sha != null) {
        expected.put(supplier, sha);
      }
    });
    assertThat(openedHashes).as("opened bids and their hashes").isEqualTo(expected);
  }

  /**
   * Two kills while the award notices go out. First the mail server has a notice's data but not its
   * end, so it never accepts it: after the restart that bidder gets it once. Then, during the retry,
   * the server accepts a notice but its reply never reaches the node, which is killed: that is the
   * residual window of ADR 0005 (accepted, not yet marked SENT), and that bidder gets the notice
   * twice, with one Message-ID. Everyone else gets exactly one.
   */
  @Test
  @Order(2)
  void killedWhileSendingNoticesEachBidderGetsOneExceptTheDocumentedWindow() throws Exception {
    int bids = (int) bidders.values().stream().filter(b -> b.bidId != null).count();
    assertThat(bids).as("bids to notify").isGreaterThanOrEqualTo(4);
    proxy.hold(3, GatedSmtpProxy.Hold.BEFORE_ACCEPTANCE);
    journey.evaluateAndApprove(bids, Map.of("ops-bidder1", 8));

    assertThat(proxy.awaitHeld(Duration.ofMinutes(3))).as("the third notice in flight").isTrue();
    node.kill();
    assertThat(mail.getReceivedMessages()).as("accepted before the first kill").hasSize(2);
    Set<String> beforeFirstKill = recipients();

    // The retry after the restart: its second notice is accepted, but the node never hears so. (The
    // outbox sends in order of creation: the retry's first notice is the one interrupted above.)
    proxy.hold(2, GatedSmtpProxy.Hold.AFTER_ACCEPTANCE);
    node.start().awaitReady(START);
    journey.replaceNode(0, new Api(node));
    assertThat(proxy.awaitHeld(Duration.ofMinutes(3))).as("a notice accepted, its reply held").isTrue();
    awaitMessages(4);
    node.kill();
    List<String> acceptedBeforeSecondKill = recipientList();
    assertThat(acceptedBeforeSecondKill).as("accepted before the second kill").hasSize(4);
    String inWindow = acceptedBeforeSecondKill.get(3);

    node.start().awaitReady(START);
    journey.replaceNode(0, new Api(node));

    // The job's lock and the notice's hold expire; the job runs again and sends what is unsent.
    long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (pending() > 0 && System.nanoTime() < until) {
      AppNode.sleep(500);
    }
    assertThat(pending()).as("notices still pending").isZero();
    awaitMessages(bids + 1);

    Map<String, Integer> perRecipient = new TreeMap<>();
    Map<String, Set<String>> idsPerRecipient = new TreeMap<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      String to = m.getAllRecipients()[0].toString();
      perRecipient.merge(to, 1, Integer::sum);
      idsPerRecipient.computeIfAbsent(to, k -> new HashSet<>()).add(m.getMessageID());
    }
    Map<String, Integer> expected = new TreeMap<>();
    bidders.values().stream().filter(b -> b.bidId != null).forEach(b -> expected.put(b.supplier + "@example.org", 1));
    expected.put(inWindow, 2);
    assertThat(perRecipient).as("notices per bidder").isEqualTo(expected);
    Set<String> allIds = new HashSet<>();
    idsPerRecipient.forEach((to, ids) -> {
      assertThat(ids).as("Message-IDs to %s", to).hasSize(1);
      allIds.addAll(ids);
    });
    assertThat(allIds).as("one Message-ID per bidder").hasSize(bids);

    // Both interrupted notices were tried twice; the rest once.
    JsonNode sent = HttpJourney.ok(journey.admin("GET", "/api/notifications?status=SENT")).json();
    assertThat(sent).hasSize(bids);
    Map<String, Integer> attempts = new TreeMap<>();
    sent.forEach(n -> attempts.put(n.get("recipientEmail").asText(), n.get("attempts").asInt()));
    List<String> twice = attempts.entrySet().stream().filter(e -> e.getValue() == 2).map(Map.Entry::getKey).toList();
    assertThat(twice).as("tried twice").hasSize(2).contains(inWindow).doesNotContainAnyElementsOf(beforeFirstKill);
    assertThat(attempts.values()).as("attempts").allMatch(a -> a == 1 || a == 2);
  }

  // ------------------------------------------------------------------ the burst

  /** Submits, then replaces again and again until the node stops answering. */
  private static void burst(Api api, Bidder bidder, AtomicInteger receipted) {
    for (int version = 1; ; version++) {
      String price = (100000 + version) + ".00";
      String technical = MARKER + " version " + version + " of " + bidder.supplier;
      String social = "Local jobs, version " + version;
      String sha = HttpJourney.canonicalSha256(price, technical, social);
      String path = "/api/tenders/" + journey.tenderId + "/bids" + (bidder.bidId == null ? "" : "/" + bidder.bidId);
      Api.Response response;
      try {
        response = api.send(bidder.supplier, HttpJourney.PASSWORD, bidder.bidId == null ? "POST" : "PUT", path,
            HttpJourney.bid(price, technical, social), Map.of("Idempotency-Key", "k-" + bidder.supplier));
      } catch (IOException e) {
        bidder.unanswered = sha; // the node died: this version may or may not be stored
        return;
      }
      if (!response.ok()) {
        throw new AssertionError(bidder.supplier + " version " + version + ": " + response.status() + " "
            + response.body());
      }
      JsonNode receipt = response.json();
      assertThat(receipt.get("sha256").asText()).as("the receipt's hash is the hash of what was sent").isEqualTo(sha);
      assertThat(receipt.get("version").asInt()).isEqualTo(version);
      bidder.bidId = receipt.get("bidId").asText();
      bidder.receipts.put(version, receipt);
      receipted.incrementAndGet();
    }
  }

  /**
   * After the restart: every receipt is there unchanged, the current version is the last receipted
   * one or the one that got no answer, and no response carries content. Returns the current hash.
   */
  private static String verifyAfterRestart(Api api, Bidder bidder) {
    JsonNode mine = HttpJourney.ok(api.get(bidder.supplier, HttpJourney.PASSWORD,
        "/api/tenders/" + journey.tenderId + "/bids")).json();
    String body = mine.toString();
    assertThat(body).as("sealed: no content in %s's list", bidder.supplier).doesNotContain(MARKER)
        .doesNotContain("technicalResponse").doesNotContain("\"price\"");
    if (bidder.bidId == null) {
      // Its first submission got no answer: wholly there, or not at all.
      assertThat(mine.size()).isLessThanOrEqualTo(1);
      if (mine.isEmpty()) {
        return null;
      }
      bidder.bidId = mine.get(0).get("bidId").asText();
      assertThat(mine.get(0).get("currentVersion").asInt()).isEqualTo(1);
      assertThat(mine.get(0).get("sha256").asText()).isEqualTo(bidder.unanswered);
      bidder.receipts.put(1, mine.get(0).get("receipts").get(0));
      return bidder.unanswered;
    }
    assertThat(mine).as("%s's bids", bidder.supplier).hasSize(1);
    JsonNode bid = mine.get(0);
    assertThat(bid.get("bidId").asText()).isEqualTo(bidder.bidId);
    Map<Integer, JsonNode> stored = new TreeMap<>();
    bid.get("receipts").forEach(r -> stored.put(r.get("version").asInt(), r));
    int lastReceipted = bidder.receipts.keySet().stream().max(Integer::compare).orElseThrow();
    bidder.receipts.forEach((version, receipt) -> {
      JsonNode kept = stored.get(version);
      assertThat(kept).as("%s version %d, receipted", bidder.supplier, version).isNotNull();
      assertThat(kept.get("sha256").asText()).isEqualTo(receipt.get("sha256").asText());
      assertThat(kept.get("receivedAt").asText()).isEqualTo(receipt.get("receivedAt").asText());
    });
    int currentVersion = bid.get("currentVersion").asInt();
    String currentSha = bid.get("sha256").asText();
    if (currentVersion == lastReceipted) {
      assertThat(currentSha).isEqualTo(bidder.receipts.get(lastReceipted).get("sha256").asText());
    } else {
      // The unanswered replacement committed before the kill: whole, with the hash of what was sent.
      assertThat(currentVersion).as("%s's current version", bidder.supplier).isEqualTo(lastReceipted + 1);
      assertThat(currentSha).isEqualTo(bidder.unanswered);
    }
    assertThat(stored.keySet()).as("%s's versions", bidder.supplier).hasSize(currentVersion);
    return currentSha;
  }

  private static JsonNode opening() {
    for (JsonNode d : HttpJourney.ok(journey.api().get(null, null, "/api/public/decisions?caseRef="
        + journey.caseRef)).json()) {
      if ("tender.bids-opened".equals(d.get("action").asText())) {
        return Api.JSON.valueToTree(readTree(d.get("details").asText()));
      }
    }
    throw new AssertionError("no opening in the decision record of " + journey.caseRef);
  }

  private static JsonNode readTree(String text) {
    try {
      return Api.JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(text, e);
    }
  }

  // ------------------------------------------------------------------ notices

  private static long pending() {
    return HttpJourney.ok(journey.admin("GET", "/api/notifications?status=PENDING")).json().size();
  }

  private static void awaitMessages(int count) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (mail.getReceivedMessages().length < count && System.nanoTime() < until) {
      AppNode.sleep(50);
    }
    assertThat(mail.getReceivedMessages()).as("messages the mail server accepted").hasSize(count);
  }

  /** Recipients in the order the mail server accepted their messages. */
  private static List<String> recipientList() throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      to.add(m.getAllRecipients()[0].toString());
    }
    return to;
  }

  private static Set<String> recipients() throws Exception {
    Set<String> to = new HashSet<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      to.add(m.getAllRecipients()[0].toString());
    }
    return to;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
