package org.coproduce.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The bpmnlint step of the build (the rules Camunda Modeler applies) really fails on a diagram
 * without layout or history time to live, naming the file. The build installs bpmnlint before the
 * tests run; -Dbpmnlint.skip=true skips both.
 */
@DisabledIfSystemProperty(named = "bpmnlint.skip", matches = "true")
class BpmnlintTest {

  @Test
  void failsOnMissingHistoryTimeToLiveNamingTheFile() throws Exception {
    Result result = lint("src/test/resources/model-fixtures/no-ttl");

    assertThat(result.exitCode).isNotZero();
    assertThat(result.output).contains("NoTtlProcess.bpmn").contains("camunda-compat/history-time-to-live");
  }

  @Test
  void failsOnMissingLayoutNamingTheFile() throws Exception {
    Result result = lint("src/test/resources/model-fixtures/no-layout");

    assertThat(result.exitCode).isNotZero();
    assertThat(result.output).contains("NoLayoutProcess.bpmn").contains("no-bpmndi");
  }

  @Test
  void passesOnTheProjectsDiagrams() throws Exception {
    Result result = lint("processes");

    assertThat(result.exitCode).as(result.output).isZero();
  }

  private record Result(int exitCode, String output) {
  }

  private static Result lint(String folder) throws IOException, InterruptedException {
    assertThat(Path.of("src/bpmnlint/node_modules/bpmnlint")).as("bpmnlint installed by the build").exists();
    Path log = Files.createTempFile("bpmnlint", ".log");
    Process process = new ProcessBuilder("node", "lint.js", Path.of(folder).toAbsolutePath().toString())
        .directory(Path.of("src/bpmnlint").toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
