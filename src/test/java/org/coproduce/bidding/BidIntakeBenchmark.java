package org.coproduce.bidding;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.coproduce.CoproduceApplication;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.coproduce.tender.PublishTender;
import org.coproduce.tender.TenderService;
import org.coproduce.testsupport.BenchmarkDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bid intake throughput on PostgreSQL beside the raw JDBC insert-and-commit rate of the same
 * database in the same run (docs/benchmarks.md). Not a test: run it by hand.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.coproduce.bidding.BidIntakeBenchmark
 * </pre>
 *
 * System properties: {@code bench.server} (default {@code jdbc:postgresql://127.0.0.1:5432/}),
 * {@code bench.db} ({@code coproduce_bench}, dropped and created), {@code bench.user}
 * ({@code postgres}), {@code bench.password} (empty), {@code bench.clients} (16),
 * {@code bench.warmup} and {@code bench.seconds} (seconds, 10 and 20), {@code bench.credentialCacheTtl}
 * ({@code PT30S}; {@code PT0S} checks every request's password against the identity service),
 * {@code bench.appArgs} (more application arguments, space-separated, e.g. {@code --logging.level.org.coproduce=INFO}).
 *
 * <p>The application runs in this JVM on the real PostgreSQL profile, with the HTTP clients; the
 * clients are supplier accounts, each submitting once per tender (the one-bid rule), so every
 * request is a new sealed bid: HTTP Basic against the identity service, the tender's shared lock,
 * encryption, two inserts, one commit.
 */
public final class BidIntakeBenchmark {

  private static BenchmarkDatabase database;
  private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  private static final int SUPPLIERS_PER_CLIENT = 25;

  private BidIntakeBenchmark() {
  }

  record Result(String what, long operations, double seconds, long[] latenciesNanos, long errors) {
    double rate() {
      return operations / seconds;
    }

    double percentileMillis(double p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
      return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    String row() {
      return String.format("| %s | %d | %.0f/s | %.1f ms | %.1f ms | %d |", what, operations, rate(),
          percentileMillis(50), percentileMillis(99), errors);
    }
  }

  public static void main(String[] args) throws Exception {
    database = BenchmarkDatabase.recreate("coproduce_bench");
    String url = database.url();
    byte[] masterKey = new byte[32];
    new SecureRandom().nextBytes(masterKey);
    List<String> appArgs = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
        "--coproduce.admin.id=admin", "--coproduce.admin.password=admin-secret",
        "--coproduce.bidding.master-key=" + Base64.getEncoder().encodeToString(masterKey),
        "--coproduce.tender.minimum-submission-period=PT1M", "--logging.level.root=WARN",
        "--camunda.bpm.deployment-resource-pattern=classpath*:processes/**/*.bpmn",
        "--coproduce.api.credential-cache-ttl=" + System.getProperty("bench.credentialCacheTtl", "PT30S")));
    String extra = System.getProperty("bench.appArgs", "").trim();
    if (!extra.isEmpty()) {
      appArgs.addAll(List.of(extra.split("\\s+")));
    }
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CoproduceApplication.class)
        .profiles("postgres").run(appArgs.toArray(String[]::new))) {
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      int tendersNeeded = 200;
      List<UUID> tenders = publishTenders(app.getBean(TenderService.class), tendersNeeded);
      createSuppliers(app.getBean(IdentityDirectory.class));

      System.out.printf("Bid intake benchmark: %d clients, %d s warm-up, %d s measured, PostgreSQL %s%n",
          CLIENTS, WARMUP, SECONDS, url);
      Result rawBefore = raw(url, "raw JDBC insert+commit (before)");
      Bidding bidding = new Bidding(port, tenders);
      run(bidding::submit, WARMUP, "warm-up");
      System.out.println("Measuring bid intake for " + SECONDS + " s");
      io.micrometer.core.instrument.MeterRegistry meters = app.getBean(io.micrometer.core.instrument.MeterRegistry.class);
      double serverBefore = serverSeconds(meters);
      long countBefore = serverCount(meters);
      Result intake = run(bidding::submit, SECONDS, "POST /api/tenders/{id}/bids");
      double serverMean = (serverSeconds(meters) - serverBefore) / Math.max(1, serverCount(meters) - countBefore);
      Result rawAfter = raw(url, "raw JDBC insert+commit (after)");

      double rawRate = (rawBefore.rate() + rawAfter.rate()) / 2;
      System.out.println();
      System.out.println("| what | operations | throughput | p50 | p99 | errors |");
      System.out.println("|---|---|---|---|---|---|");
      System.out.println(rawBefore.row());
      System.out.println(intake.row());
      System.out.println(rawAfter.row());
      System.out.printf("%nserver-side mean time per bid request (http.server.requests): %.1f ms%n",
          serverMean * 1000);
      System.out.printf("%nratio intake / raw (mean of before and after) = %.2f (target >= 0.50); "
          + "p99 = %.1f ms (target < 50 ms)%n", intake.rate() / rawRate, intake.percentileMillis(99));
    }
  }

  private static double serverSeconds(io.micrometer.core.instrument.MeterRegistry meters) {
    return meters.find("http.server.requests").tag("method", "POST").timers().stream()
        .mapToDouble(t -> t.totalTime(java.util.concurrent.TimeUnit.SECONDS)).sum();
  }

  private static long serverCount(io.micrometer.core.instrument.MeterRegistry meters) {
    return meters.find("http.server.requests").tag("method", "POST").timers().stream()
        .mapToLong(io.micrometer.core.instrument.Timer::count).sum();
  }

  /** Clients that never bid twice with one supplier on one tender: every request stores a new bid. */
  static final class Bidding {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final List<UUID> tenders;
    private final int[] next = new int[CLIENTS];

    Bidding(int port, List<UUID> tenders) {
      this.port = port;
      this.tenders = tenders;
    }

    /** @return the HTTP status */
    int submit(int client) {
      int n = next[client]++;
      String supplier = supplier(client, n % SUPPLIERS_PER_CLIENT);
      UUID tender = tenders.get(n / SUPPLIERS_PER_CLIENT % tenders.size());
      if (n / SUPPLIERS_PER_CLIENT >= tenders.size()) {
        throw new IllegalStateException("Out of tenders: raise tendersNeeded");
      }
      String body = "{\"price\":" + (100000 + n) + ".50,\"technicalResponse\":\"" + TECHNICAL
          + "\",\"socialValueResponse\":\"" + SOCIAL + "\"}";
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tenders/" + tender
              + "/bids"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              (supplier + ":" + supplier).getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json")
          .header("Idempotency-Key", "bench-" + client + "-" + n)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      try {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (Exception e) {
        return -1;
      }
    }
  }

  private static final String TECHNICAL = ("We run the service from two local hubs with named carers; visits are "
      + "planned weekly with each resident and their family, and safeguarding follows the city's policy. ").repeat(10);
  private static final String SOCIAL = ("Eight local jobs at the living wage, a volunteer programme with the "
      + "ward's schools, and a repair cafe open to all residents. ").repeat(5);

  private static Result run(IntFunction<Integer> operation, int seconds, String what) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    long[] counts = new long[CLIENTS];
    CountDownLatch done = new CountDownLatch(CLIENTS);
    long start = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      long[] mine = new long[1_000_000];
      latencies.add(mine);
      Thread worker = new Thread(() -> {
        try {
          while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            int status = operation.apply(client);
            mine[(int) counts[client]++] = System.nanoTime() - t0;
            if (status != 201) {
              errors.incrementAndGet();
            }
          }
        } finally {
          done.countDown();
        }
      }, "bench-client-" + c);
      worker.start();
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (int c = 0; c < CLIENTS; c++) {
      System.arraycopy(latencies.get(c), 0, all, at, (int) counts[c]);
      at += (int) counts[c];
    }
    return new Result(what, total, elapsed, all, errors.get());
  }

  /** One single-row insert and commit per operation, each client on its own connection. */
  private static Result raw(String url, String what) throws Exception {
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      s.execute("create table if not exists bench_raw (id uuid primary key, tender_id uuid not null, "
          + "supplier_id varchar(100) not null, received_at timestamp with time zone not null, "
          + "content_sha256 varchar(64) not null, ciphertext bytea not null)");
    }
    byte[] payload = new byte[(TECHNICAL.length() + SOCIAL.length() + 100)];
    new SecureRandom().nextBytes(payload);
    Connection[] connections = new Connection[CLIENTS];
    PreparedStatement[] inserts = new PreparedStatement[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
      connections[i] = database.connect();
      connections[i].setAutoCommit(false);
      inserts[i] = connections[i].prepareStatement("insert into bench_raw (id, tender_id, supplier_id, received_at, "
          + "content_sha256, ciphertext) values (?, ?, ?, ?, ?, ?)");
    }
    UUID tender = UUID.randomUUID();
    IntFunction<Integer> insert = client -> {
      try {
        PreparedStatement p = inserts[client];
        p.setObject(1, UUID.randomUUID());
        p.setObject(2, tender);
        p.setString(3, "raw-supplier-" + client);
        p.setObject(4, java.time.OffsetDateTime.now());
        p.setString(5, "0".repeat(64));
        p.setBytes(6, payload);
        p.executeUpdate();
        connections[client].commit();
        return 201;
      } catch (SQLException e) {
        return -1;
      }
    };
    try {
      run(insert, Math.min(3, WARMUP), "raw warm-up");
      return run(insert, SECONDS, what);
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
  }

  private static List<UUID> publishTenders(TenderService tenders, int count) {
    List<UUID> ids = new ArrayList<>();
    Instant deadline = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
    for (int i = 0; i < count; i++) {
      ids.add(tenders.publish(new PublishTender("BENCH-" + i, "Benchmark tender " + i, "For the benchmark.", null,
          null, deadline, new BigDecimal("1000000"), "EUR",
          List.of(new AwardCriterion("Quality", CriterionType.QUALITY, 60, null),
              new AwardCriterion("Price", CriterionType.PRICE, 30, null),
              new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 10, null)), "officer")));
    }
    return ids;
  }

  private static void createSuppliers(IdentityDirectory identities) {
    for (int c = 0; c < CLIENTS; c++) {
      for (int s = 0; s < SUPPLIERS_PER_CLIENT; s++) {
        String id = supplier(c, s);
        identities.ensureUser(id, "Bench", id, null, id);
        identities.addToGroup(id, Roles.SUPPLIERS);
      }
    }
  }

  private static String supplier(int client, int n) {
    return "bench-supplier-" + client + "-" + n;
  }
}
