package org.coproduce.bidding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.coproduce.tender.PublishTender;
import org.coproduce.tender.TenderService;
import org.coproduce.testsupport.TestClock;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Tenders, suppliers and bid requests for the bidding integration tests. */
public final class BidFixtures {

  public static final ObjectMapper JSON = new ObjectMapper();

  private final TenderService tenders;
  private final IdentityDirectory identities;
  private final TestRestTemplate http;
  private final TestClock clock;

  public BidFixtures(TenderService tenders, IdentityDirectory identities, TestRestTemplate http, TestClock clock) {
    this.tenders = tenders;
    this.identities = identities;
    this.http = http;
    this.clock = clock;
  }

  /** Publishes a tender (at the clock's current reading) whose deadline is {@code away} from now. */
  public UUID tenderClosingIn(Duration away) {
    Instant deadline = clock.instant().plus(away).truncatedTo(ChronoUnit.MILLIS);
    return tenders.publish(new PublishTender("T-" + UUID.randomUUID().toString().substring(0, 8),
        "Test tender", "A tender for the tests.", null, null, deadline, new BigDecimal("100000.00"), "EUR",
        List.of(new AwardCriterion("Quality", CriterionType.QUALITY, 50, null),
            new AwardCriterion("Price", CriterionType.PRICE, 30, null),
            new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 20, null)),
        "officer"));
  }

  public Instant deadlineOf(UUID tenderId) {
    return tenders.get(tenderId).submissionDeadline();
  }

  /** A supplier account (password = user id), created once. */
  public String supplier(String userId) {
    identities.ensureUser(userId, "Supplier", userId, userId + "@suppliers.test", userId);
    identities.addToGroup(userId, Roles.SUPPLIERS);
    return userId;
  }

  public String user(String userId, String group) {
    identities.ensureUser(userId, "User", userId, userId + "@users.test", userId);
    identities.addToGroup(userId, group);
    return userId;
  }

  public static Map<String, Object> bid(String price, String technical, String socialValue) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("price", new BigDecimal(price));
    body.put("technicalResponse", technical);
    body.put("socialValueResponse", socialValue);
    return body;
  }

  public static Map<String, Object> withDocument(Map<String, Object> bid, String name, String mediaType, byte[] content) {
    bid.put("documents", List.of(Map.of("name", name, "mediaType", mediaType,
        "contentBase64", Base64.getEncoder().encodeToString(content))));
    return bid;
  }

  public ResponseEntity<String> submit(String supplier, UUID tenderId, String idempotencyKey, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return http.withBasicAuth(supplier, supplier).exchange("/api/tenders/" + tenderId + "/bids", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  public ResponseEntity<String> replace(String supplier, UUID tenderId, String bidId, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(supplier, supplier).exchange("/api/tenders/" + tenderId + "/bids/" + bidId,
        HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
  }

  public ResponseEntity<String> withdraw(String supplier, UUID tenderId, String bidId) {
    return http.withBasicAuth(supplier, supplier).exchange("/api/tenders/" + tenderId + "/bids/" + bidId,
        HttpMethod.DELETE, null, String.class);
  }

  public ResponseEntity<String> get(String supplier, String path) {
    return http.withBasicAuth(supplier, supplier).getForEntity(path, String.class);
  }

  public static JsonNode json(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + response.getBody(), e);
    }
  }
}
