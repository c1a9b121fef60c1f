package org.coproduce.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.coproduce.CoproduceApplication;
import org.coproduce.budget.BudgetService;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.NewOfficial;
import org.coproduce.panel.NewVolunteer;
import org.coproduce.panel.PanelService;
import org.coproduce.panel.People;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.coproduce.testsupport.BenchmarkDatabase;
import org.coproduce.testsupport.CommissioningFixture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine benchmark (docs/benchmarks.md, issue 7 item 5). Not a test: run it by hand.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.coproduce.benchmark.EngineBenchmark
 * </pre>
 *
 * <p>Boots the application in this JVM on PostgreSQL (a fresh database, {@code bench.db}), with a
 * GreenMail SMTP server for the award notices, and measures on that one engine:
 * <ol>
 *   <li><b>trivial process</b>: a one-user-task process started, its task found, claimed and
 *       completed over {@code /engine-rest} by {@code bench.threads} workers; tasks per second;</li>
 *   <li><b>whole cases</b>, from a case opened to the contract awarded, every step over the HTTP
 *       APIs with the login of the person who does it: the officer opens the case and confirms the
 *       panel, each member works their own tasks, the chair drafts, finance checks the budget,
 *       suppliers bid, an official and a citizen open the bids, everyone scores, an approver
 *       approves; the engine's own work (draw, PDF, timers, notices by SMTP) runs as it does in
 *       production. Timers are real but short (submission period, standstill) so a case ends in
 *       seconds. Tasks completed per second over the whole phase;</li>
 *   <li>the trivial process again; the ratio uses the mean of both trivial runs;</li>
 *   <li><b>queue query</b>: {@code bench.openTasks} open tasks are put into the database (cases
 *       of 1,000 other panels, a few in one real panel's case and in the finance queue), then a
 *       citizen's Tasklist filter "Panel: ..." and the finance officer's "Queue: Finance" are listed
 *       as Tasklist lists them (first page of 15, newest first) and counted, {@code bench.queries}
 *       times each; p50/p95/p99; first at the server's {@code random_page_cost}, then at 1.1 (the
 *       handbook's advice for SSDs).</li>
 * </ol>
 *
 * <p>System properties: {@code bench.server} ({@code jdbc:postgresql://127.0.0.1:5432/}),
 * {@code bench.db} ({@code coproduce_enginebench}, dropped and created), {@code bench.user}
 * ({@code postgres}), {@code bench.password} (empty), {@code bench.threads} (8),
 * {@code bench.casesPerThread} (2), {@code bench.trivialSeconds} (20), {@code bench.openTasks}
 * (100000), {@code bench.queries} (300), {@code bench.pollMillis} (250: how soon a case where nobody
 * had work is looked at again), {@code bench.appArgs} (more application arguments).
 */
public final class EngineBenchmark {

  private static BenchmarkDatabase database;
  private static final int THREADS = Integer.getInteger("bench.threads", 8);
  private static final int CASES_PER_THREAD = Integer.getInteger("bench.casesPerThread", 2);
  private static final int TRIVIAL_SECONDS = Integer.getInteger("bench.trivialSeconds", 20);
  private static final int OPEN_TASKS = Integer.getInteger("bench.openTasks", 100_000);
  private static final int QUERIES = Integer.getInteger("bench.queries", 300);
  private static final long POLL_MILLIS = Long.getLong("bench.pollMillis", 250);

  static final String PASSWORD = "Bench-pass-7";
  static final String OFFICER = "bench-officer";
  static final String FINANCE = "bench-finance";
  static final String APPROVER = "bench-approver";
  static final String BUDGET_LINE = "BENCH-LINE";
  static final List<String> SUPPLIERS = List.of("bench-supplier1", "bench-supplier2", "bench-supplier3");
  static final String TRIVIAL = "BenchTrivialTask";
  static final String OPEN = "BenchOpenTask";
  static final String TRIVIAL_GROUP = "bench-trivial";
  private static final String[] WARDS = {"north", "south", "east", "west"};
  private static final String[] AGES = {"16-29", "30-44", "45-64", "65-plus"};
  private static final String[] TENURES = {"owner", "private-renter", "social-renter"};

  private EngineBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    database = BenchmarkDatabase.recreate("coproduce_enginebench");
    String url = database.url();
    int smtpPort = freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    byte[] masterKey = new byte[32];
    new SecureRandom().nextBytes(masterKey);
    List<String> appArgs = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
        "--coproduce.admin.id=admin", "--coproduce.admin.password=admin-secret",
        "--coproduce.bidding.master-key=" + Base64.getEncoder().encodeToString(masterKey),
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        // Short real timers, so a case runs from opening to award in seconds.
        "--coproduce.tender-documents.submission-period=PT8S",
        "--coproduce.tender.minimum-submission-period=PT2S", "--coproduce.award.standstill=PT2S",
        "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
        "--logging.level.root=WARN"));
    String extra = System.getProperty("bench.appArgs", "").trim();
    if (!extra.isEmpty()) {
      appArgs.addAll(List.of(extra.split("\\s+")));
    }
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CoproduceApplication.class)
        .profiles("postgres").run(appArgs.toArray(String[]::new))) {
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      Http http = new Http(port);
      preparePeople(app);
      deployBenchmarkProcesses(app);
      System.out.printf("Engine benchmark: %d threads, %d cases per thread, trivial %d s per run, PostgreSQL %s%n",
          THREADS, CASES_PER_THREAD, TRIVIAL_SECONDS, url);
      System.out.println("load average at start: " + loadAverage());

      run("warm-up", () -> new CaseDriver(http, app.getBean(PanelService.class), "Warm-up case 0").drive());
      trivial(http, 5, "trivial warm-up");
      Rate before = trivial(http, TRIVIAL_SECONDS, "trivial process (before)");
      Rate cases = cases(http, app);
      Rate after = trivial(http, TRIVIAL_SECONDS, "trivial process (after)");
      double trivialRate = (before.perSecond() + after.perSecond()) / 2;
      System.out.println();
      System.out.println("| what | tasks | seconds | tasks/s | errors |");
      System.out.println("|---|---|---|---|---|");
      for (Rate r : List.of(before, cases, after)) {
        System.out.println(r.row());
      }
      System.out.printf("%nratio case lifecycle / trivial (mean of before and after) = %.2f (target >= 0.50)%n",
          cases.perSecond() / trivialRate);
      System.out.println("award notices received by SMTP: " + smtp.getReceivedMessages().length);
      System.out.println("load average after the task phases: " + loadAverage());

      queueQuery(http, app);
      System.out.println("load average at the end: " + loadAverage());
    } finally {
      smtp.stop();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Phases

  record Rate(String what, long tasks, double seconds, long errors) {
    double perSecond() {
      return tasks / seconds;
    }

    String row() {
      return String.format("| %s | %d | %.1f | %.1f | %d |", what, tasks, seconds, perSecond(), errors);
    }
  }

  private static Rate cases(Http http, ConfigurableApplicationContext app) throws Exception {
    PanelService panels = app.getBean(PanelService.class);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicLong errors = new AtomicLong();
    List<Future<Integer>> results = new ArrayList<>();
    ConcurrentLinkedQueue<String> finished = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      results.add(pool.submit(() -> {
        List<CaseDriver> mine = new ArrayList<>();
        for (int c = 0; c < CASES_PER_THREAD; c++) {
          mine.add(new CaseDriver(http, panels, "Bench case " + thread + "-" + c));
        }
        int tasks = 0;
        // A thread interleaves its cases: while one waits for a timer or a job, it works another.
        // A case where nobody had anything to do is looked at again after POLL_MILLIS, as people
        // refresh their lists now and then rather than continuously.
        while (!mine.isEmpty()) {
          long now = System.nanoTime();
          long nextDue = Long.MAX_VALUE;
          for (CaseDriver d : List.copyOf(mine)) {
            if (d.notBefore > now) {
              nextDue = Math.min(nextDue, d.notBefore);
              continue;
            }
            try {
              int done = d.step();
              tasks += done;
              if (done == 0) {
                d.notBefore = System.nanoTime() + POLL_MILLIS * 1_000_000L;
                nextDue = Math.min(nextDue, d.notBefore);
              } else {
                nextDue = now;
              }
              if (d.finished()) {
                mine.remove(d);
                finished.add(d.caseRef);
              }
            } catch (RuntimeException e) {
              errors.incrementAndGet();
              System.out.println("case " + d.title + " failed: " + e.getMessage());
              mine.remove(d);
            }
          }
          long wait = nextDue - System.nanoTime();
          if (wait > 0 && nextDue != Long.MAX_VALUE) {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
          }
        }
        return tasks;
      }));
    }
    long tasks = 0;
    for (Future<Integer> f : results) {
      tasks += f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    HistoryService history = app.getBean(HistoryService.class);
    long awarded = finished.stream().filter(ref -> {
      HistoricProcessInstance tender = history.createHistoricProcessInstanceQuery().processDefinitionKey(
          "TenderProcess").processInstanceBusinessKey(ref).singleResult();
      return tender != null && "EndEvent_ContractAwarded".equals(tender.getEndActivityId());
    }).count();
    System.out.printf("cases: %d of %d ended with the contract awarded (%.1f s, %d tasks)%n", awarded,
        THREADS * CASES_PER_THREAD, seconds, tasks);
    return new Rate("whole cases, opening to award (" + THREADS * CASES_PER_THREAD + " cases)", tasks, seconds,
        errors.get() + (THREADS * CASES_PER_THREAD - awarded));
  }

  /** Each worker in a loop: start the one-task process, find its task in its queue, claim, complete. */
  private static Rate trivial(Http http, int seconds, String what) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicLong errors = new AtomicLong();
    AtomicLong tasks = new AtomicLong();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    long start = System.nanoTime();
    CountDownLatch done = new CountDownLatch(THREADS);
    for (int t = 0; t < THREADS; t++) {
      String user = "bench-worker" + t;
      pool.submit(() -> {
        try {
          while (System.nanoTime() < end) {
            try {
              String instance = http.post(user, "/engine-rest/process-definition/key/" + TRIVIAL + "/start",
                  Map.of()).get("id").asText();
              JsonNode found = http.post(user, "/engine-rest/task", Map.of("processInstanceId", instance,
                  "candidateUser", user));
              String task = found.get(0).get("id").asText();
              http.post(user, "/engine-rest/task/" + task + "/claim", Map.of("userId", user));
              http.post(user, "/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of()));
              tasks.incrementAndGet();
            } catch (RuntimeException e) {
              if (errors.getAndIncrement() == 0) {
                System.out.println(what + ": first error: " + e.getMessage());
              }
            }
          }
        } finally {
          done.countDown();
        }
      });
    }
    done.await();
    pool.shutdown();
    return new Rate(what, tasks.get(), (System.nanoTime() - start) / 1e9, errors.get());
  }

  private static void queueQuery(Http http, ConfigurableApplicationContext app) throws Exception {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    TransactionTemplate tx = app.getBean(TransactionTemplate.class);
    PanelService panels = app.getBean(PanelService.class);
    // A real panel, its real Tasklist filter and one of its citizens.
    CaseDriver panelCase = new CaseDriver(http, panels, "Queue case");
    panelCase.openAndConfirmPanel();
    String citizen = panelCase.members.stream().filter(m -> m.kind() == MemberKind.CITIZEN).findFirst()
        .orElseThrow().userId();
    String filterName = "Panel: " + panelCase.title;
    String filterId = null;
    for (JsonNode f : http.get(citizen, "/engine-rest/filter?resourceType=Task")) {
      if (f.get("name").asText().startsWith(filterName)) {
        filterId = f.get("id").asText();
      }
    }
    if (filterId == null) {
      throw new IllegalStateException(citizen + " has no filter " + filterName);
    }

    long existing = app.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery().count();
    System.out.printf("%nLoading %d open tasks (%d already open) ...%n", OPEN_TASKS, existing);
    long loadStart = System.nanoTime();
    int batch = 500;
    ExecutorService loaders = Executors.newFixedThreadPool(2);
    List<Future<?>> loads = new ArrayList<>();
    for (int from = 0; from < OPEN_TASKS; from += batch) {
      int first = from;
      int last = Math.min(OPEN_TASKS, from + batch);
      loads.add(loaders.submit(() -> tx.executeWithoutResult(s -> {
        for (int i = first; i < last; i++) {
          // Cases of 1,000 other panels, 100 open tasks each; one task in 4,000 in the measured
          // panel's case. A case's processes carry its reference as business key.
          // One in 4,000 is offered to finance instead (their role queue).
          boolean measured = i % 4000 == 0;
          String group = measured ? "panel-" + panelCase.caseRef
              : i % 4000 == 1 ? Roles.FINANCE : "panel-LOAD-" + (i % 1000);
          runtime.startProcessInstanceByKey(OPEN, measured ? panelCase.caseRef : "LOAD-" + (i % 1000),
              Map.of("group", group));
        }
      })));
    }
    for (Future<?> f : loads) {
      f.get();
    }
    loaders.shutdown();
    long open = app.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery().count();
    System.out.printf("loaded in %.0f s; open tasks now %d%n", (System.nanoTime() - loadStart) / 1e9, open);
    try (Connection c = database.connect();
        Statement s = c.createStatement()) {
      s.execute("ANALYZE"); // as autovacuum would after such a load; a query plan on stale statistics is not the point
    }

    String financeQueue = null;
    for (JsonNode f : http.get(FINANCE, "/engine-rest/filter?resourceType=Task")) {
      if (f.get("name").asText().equals("Queue: Finance")) {
        financeQueue = f.get("id").asText();
      }
    }
    List<Query> queries = List.of(new Query("panel filter \"" + filterName + "\" as " + citizen, citizen, filterId),
        new Query("role queue \"Queue: Finance\" as " + FINANCE, FINANCE, financeQueue));
    for (Query q : queries) {
      System.out.printf("%s: first page %d tasks, count %d%n", q.what(), q.list(http).size(),
          q.count(http).get("count").asLong());
    }
    measure(http, queries, open, "random_page_cost = " + setting(url(app), "random_page_cost") + " (the server's)");
    // The handbook's advice for SSD storage; new connections of the pool take it up.
    try (Connection c = database.connect();
        Statement s = c.createStatement()) {
      s.execute("ALTER DATABASE " + database.name() + " SET random_page_cost = 1.1");
    }
    app.getBean(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    Thread.sleep(1000);
    measure(http, queries, open, "random_page_cost = 1.1 (docs/operations.md)");
    System.out.println("target: the queue query under 100 ms");
  }

  /** A Tasklist filter as Tasklist lists it: the first page of 15, newest first, and its count. */
  record Query(String what, String user, String filterId) {
    static final Map<String, Object> SORTING = Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder",
        "desc")));

    JsonNode list(Http http) {
      return http.post(user, "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", SORTING);
    }

    JsonNode count(Http http) {
      return http.post(user, "/engine-rest/filter/" + filterId + "/count", SORTING);
    }
  }

  private static void measure(Http http, List<Query> queries, long open, String setting) {
    System.out.println();
    System.out.println("| " + setting + ", " + open + " open tasks | runs | p50 | p95 | p99 |");
    System.out.println("|---|---|---|---|---|");
    for (Query q : queries) {
      for (int i = 0; i < 30; i++) {
        q.list(http);
        q.count(http);
      }
      long[] listTimes = new long[QUERIES];
      long[] countTimes = new long[QUERIES];
      for (int i = 0; i < QUERIES; i++) {
        long t0 = System.nanoTime();
        q.list(http);
        long t1 = System.nanoTime();
        q.count(http);
        listTimes[i] = t1 - t0;
        countTimes[i] = System.nanoTime() - t1;
      }
      System.out.println(percentiles(q.what() + ": first page (POST /filter/{id}/list)", listTimes));
      System.out.println(percentiles(q.what() + ": count (POST /filter/{id}/count)", countTimes));
    }
  }

  private static String url(ConfigurableApplicationContext app) {
    return app.getEnvironment().getProperty("spring.datasource.url");
  }

  private static String setting(String url, String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, database.user(), database.password()); Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery("SHOW " + name)) {
      r.next();
      return r.getString(1);
    }
  }

  private static String percentiles(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format("| %s | %d | %.1f ms | %.1f ms | %.1f ms |", what, sorted.length, p(sorted, 50),
        p(sorted, 95), p(sorted, 99));
  }

  private static double p(long[] sorted, double percentile) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }

  private static void run(String what, ThrowingRunnable runnable) throws Exception {
    long start = System.nanoTime();
    runnable.run();
    System.out.printf("%s: %.1f s%n", what, (System.nanoTime() - start) / 1e9);
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  // ---------------------------------------------------------------------------------------------
  // One case, driven by its people

  /**
   * Works one case as its people would: each round, every person of the case lists the tasks of
   * this case offered or assigned to them (one query each, with their own login), claims what is
   * offered and completes it with what their form would send.
   */
  static final class CaseDriver {
    final Http http;
    final PanelService panels;
    final String title;
    String caseRef;
    List<ActiveMember> members = List.of();
    String chair;
    String tenderId;
    boolean bidsIn;
    boolean ended;
    long notBefore;

    CaseDriver(Http http, PanelService panels, String title) {
      this.http = http;
      this.panels = panels;
      this.title = title;
    }

    boolean finished() {
      return ended;
    }

    /** Drives the case to its end (one thread). */
    void drive() throws InterruptedException {
      while (!finished()) {
        if (step() == 0) {
          Thread.sleep(100);
        }
      }
    }

    void openAndConfirmPanel() throws InterruptedException {
      open();
      while (members.isEmpty()) {
        if (step() == 0) {
          Thread.sleep(100);
        }
      }
    }

    private void open() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("serviceArea", "Community services");
      body.put("title", title);
      body.put("problemStatement", "Residents need this service and nobody provides it today.");
      body.put("budgetLine", BUDGET_LINE);
      body.put("envelopeAmount", 200000);
      caseRef = http.post(OFFICER, "/api/cases", body).get("ref").asText();
    }

    /** One round; returns the number of tasks completed. */
    int step() {
      if (caseRef == null) {
        open();
      }
      int done = work(OFFICER);
      if (members.isEmpty()) {
        return done;
      }
      for (ActiveMember m : members) {
        done += work(m.userId());
      }
      done += work(FINANCE) + work(APPROVER);
      if (!bidsIn && tenderId == null) {
        findTender();
      }
      if (tenderId != null && !bidsIn) {
        for (int i = 0; i < SUPPLIERS.size(); i++) {
          bid(SUPPLIERS.get(i), 130000 + 20000 * i);
        }
        bidsIn = true;
      }
      if (done == 0 && bidsIn) {
        ended = http.get("admin", "admin-secret", "/engine-rest/history/process-instance?processDefinitionKey="
            + "TenderProcess&finished=true&processInstanceBusinessKey=" + caseRef).size() == 1;
      }
      return done;
    }

    private int work(String user) {
      JsonNode tasks = http.post(user, "/engine-rest/task", Map.of("processInstanceBusinessKey", caseRef,
          "orQueries", List.of(Map.of("assignee", user, "candidateUser", user))));
      int done = 0;
      for (JsonNode task : tasks) {
        String id = task.get("id").asText();
        if (task.get("assignee").isNull()) {
          http.post(user, "/engine-rest/task/" + id + "/claim", Map.of("userId", user));
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        answer(task.get("taskDefinitionKey").asText(), user)
            .forEach((k, v) -> variables.put(k, Map.of("value", v)));
        http.post(user, "/engine-rest/task/" + id + "/complete", Map.of("variables", variables));
        done++;
        if ("Task_ConfirmPanel".equals(task.get("taskDefinitionKey").asText())) {
          members = panels.activeMembers(caseRef);
          chair = members.stream().filter(ActiveMember::chair).findFirst().orElseThrow().userId();
        }
      }
      return done;
    }

    /** What the person's form sends for each task of the case. */
    private Map<String, Object> answer(String taskKey, String user) {
      return switch (taskKey) {
        case "Task_ConfirmPanel" -> Map.of("panelDecision", "confirm");
        case "Task_DeclareConflicts", "Task_DeclareBidderConflict" -> Map.of("hasConflict", false);
        case "Task_RecordNeeds" -> Map.of("needs", "A safe, staffed place open in the evenings");
        case "Task_ConsolidateNeeds" -> Map.of("assessment", "A safe, staffed place open in the evenings.");
        case "Task_DraftSpecification" -> CommissioningFixture.specificationDraft();
        case "Task_VoteOnSpecification", "Task_SignOffTenderDocuments", "Task_VoteOnRecommendation" ->
            Map.of("vote", "approve");
        case "Task_CheckBudget" -> Map.of("budgetDecision", "approve");
        case "Task_ConfirmOpening", "Task_WitnessOpening" -> Map.of("openingConfirmed", true);
        case "Task_CheckCompliance" -> Map.of("compliance", "compliant", "complianceReason",
            "Complete, signed and within scope");
        case "Task_ScoreBid" -> Map.of("score1", 7, "justification1",
            "Staffing plan judged against the specification", "score2", 6, "justification2",
            "Local jobs and volunteering commitments are concrete");
        case "Task_ModerateScores" -> Map.of("moderation", "done");
        case "Task_ApproveAward" -> Map.of("approval", "approve");
        default -> throw new IllegalStateException(user + " got a task the benchmark does not know: " + taskKey);
      };
    }

    private void findTender() {
      for (JsonNode t : http.getPublic("/api/tenders?status=open")) {
        if (t.get("ocid").asText().endsWith(caseRef)) {
          tenderId = t.get("id").asText();
        }
      }
    }

    private void bid(String supplier, int price) {
      http.post(supplier, "/api/tenders/" + tenderId + "/bids", Map.of("price", price + ".00", "technicalResponse",
          "Outreach workers in every ward, weekly plans with each young person.", "socialValueResponse",
          "Six local jobs at the living wage."), Map.of("Idempotency-Key", "bench-" + caseRef + "-" + supplier));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Set-up (administrator's work through the services, not measured)

  private static void preparePeople(ConfigurableApplicationContext app) {
    IdentityDirectory identities = app.getBean(IdentityDirectory.class);
    People people = app.getBean(People.class);
    BudgetService budget = app.getBean(BudgetService.class);
    app.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
      login(identities, OFFICER, Roles.COMMISSIONING_OFFICERS, Roles.OFFICIALS);
      login(identities, FINANCE, Roles.FINANCE, Roles.OFFICIALS);
      login(identities, APPROVER, Roles.APPROVERS, Roles.SENIOR_APPROVERS, Roles.OFFICIALS);
      budget.createLine(BUDGET_LINE, "Benchmark services", new BigDecimal("100000000"), "EUR", 2027, FINANCE);
      for (int i = 1; i <= 3; i++) {
        login(identities, "bench-official" + i, Roles.OFFICIALS);
        people.registerOfficial(new NewOfficial("bench-official" + i, "Bench", "Official " + i, null, "Housing",
            "Officer", null));
      }
      for (int i = 0; i < 16; i++) {
        String user = "bench-citizen" + i;
        login(identities, user, Roles.CITIZENS);
        people.registerVolunteer(new NewVolunteer("Bench", "Citizen " + i, user + "@example.org", WARDS[i % 4],
            AGES[(i / 4) % 4], i % 2 == 0 ? "female" : "male", TENURES[i % 3], "bench-household-" + i, null, user),
            OFFICER);
      }
      for (String supplier : SUPPLIERS) {
        login(identities, supplier, Roles.SUPPLIERS);
      }
      identities.ensureGroup(TRIVIAL_GROUP, "Benchmark workers", "WORKFLOW");
      for (int t = 0; t < THREADS; t++) {
        login(identities, "bench-worker" + t, TRIVIAL_GROUP);
      }
    });
  }

  private static void login(IdentityDirectory identities, String user, String... groups) {
    identities.ensureUser(user, "Bench", user, user + "@example.org", PASSWORD);
    for (String group : groups) {
      identities.addToGroup(user, group);
    }
  }

  /**
   * The trivial process (one user task offered to a group) and the loader's one-task process. They
   * are deployed to the benchmark's database only, never from processes/.
   */
  private static void deployBenchmarkProcesses(ConfigurableApplicationContext app) {
    RepositoryService repository = app.getBean(RepositoryService.class);
    repository.createDeployment().name("engine-benchmark")
        .addModelInstance(TRIVIAL + ".bpmn", Bpmn.createExecutableProcess(TRIVIAL).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Do").name("Do it").camundaCandidateGroups(TRIVIAL_GROUP).endEvent().done())
        .addModelInstance(OPEN + ".bpmn", Bpmn.createExecutableProcess(OPEN).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Open").name("Open task").camundaCandidateGroups("${group}").endEvent()
            .done())
        .deploy();
    AuthorizationService authorizations = app.getBean(AuthorizationService.class);
    grant(authorizations, Resources.PROCESS_DEFINITION, TRIVIAL, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(authorizations, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    grant(authorizations, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
  }

  private static void grant(AuthorizationService authorizations, Resources resource, String resourceId,
      Permission... permissions) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(TRIVIAL_GROUP);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** JSON over HTTP/1.1 keep-alive with HTTP Basic; any status outside 2xx is an exception. */
  static final class Http {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    Http(int port) {
      this.base = "http://127.0.0.1:" + port;
    }

    JsonNode get(String user, String path) {
      return get(user, PASSWORD, path);
    }

    JsonNode get(String user, String password, String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, password))
          .GET());
    }

    JsonNode getPublic(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    JsonNode post(String user, String path, Object body) {
      return post(user, path, body, Map.of());
    }

    JsonNode post(String user, String path, Object body, Map<String, String> headers) {
      try {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", basic(user, PASSWORD)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private JsonNode send(HttpRequest.Builder request) {
      try {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
          throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath()
              + " -> " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static String basic(String user, String password) {
      return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
