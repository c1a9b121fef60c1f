package org.coproduce.record;

import java.io.PrintStream;
import java.util.Arrays;
import org.coproduce.record.internal.ChainWalker;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar coproduce.jar --coproduce.verify-decision-record}: re-walks the decision record's
 * hash chain in the configured database, prints the result and exits with 0 when it is intact, 1
 * when it is broken (naming the first broken entry) and 2 when it could not be checked.
 *
 * <p>The flag starts a context of its own with only a data source (no web server, no engine, no
 * migrations, no demo data): checking the record writes nothing, so it also runs with read-only
 * credentials, against a backup, or beside the running application (docs/decision-record.md).
 */
public final class VerifyDecisionRecordCommand {

  public static final String FLAG = "coproduce.verify-decision-record";

  private VerifyDecisionRecordCommand() {
  }

  /** Whether the command line asks for the check ({@code --coproduce.verify-decision-record[=true]}). */
  public static boolean requested(String... args) {
    return Arrays.stream(args).anyMatch(a -> a.equals("--" + FLAG)
        || (a.startsWith("--" + FLAG + "=") && !a.equalsIgnoreCase("--" + FLAG + "=false")));
  }

  /** Runs the check with the application's configuration and these arguments; returns the exit code. */
  public static int run(String... args) {
    try {
      ConfigurableApplicationContext context = new SpringApplicationBuilder(Command.class)
          .web(WebApplicationType.NONE)
          .bannerMode(Banner.Mode.OFF)
          .logStartupInfo(false)
          .registerShutdownHook(false)
          .run(args);
      return SpringApplication.exit(context);
    } catch (RuntimeException e) {
      System.err.println("Could not check the decision record: " + rootMessage(e));
      return 2;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** What the command's context holds: a data source and the check. */
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
  static class Command {

    @Bean
    @ConditionalOnProperty(FLAG)
    Verifier decisionRecordVerifier(JdbcTemplate jdbc) {
      return new Verifier(new ChainWalker(jdbc), System.out);
    }
  }

  /** Runs the check once, at start-up, and keeps its exit code for {@link SpringApplication#exit}. */
  static final class Verifier implements ApplicationRunner, ExitCodeGenerator {

    private final ChainWalker walker;
    private final PrintStream out;
    private int exitCode = 2;

    Verifier(ChainWalker walker, PrintStream out) {
      this.walker = walker;
      this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
      ChainVerification result = walker.verify();
      out.println(describe(result));
      exitCode = result.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
      return exitCode;
    }
  }

  static String describe(ChainVerification result) {
    if (result.intact()) {
      return "Decision record intact: " + result.entries() + " entries checked.";
    }
    return "Decision record BROKEN at entry #" + result.firstBrokenSeq() + ": " + result.reason() + " ("
        + result.entries() + " entries checked).";
  }
}
