package org.coproduce.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The build fails when a diagram or form in processes/ or forms/ breaks the modelling rules. */
class ModelConventionsTest {

  private static final Path FIXTURES = Path.of("src/test/resources/model-fixtures");

  @Test
  void everyDiagramAndFormInTheProjectFollowsTheRules() {
    ModelConventions result = ModelConventions.check(Path.of("processes"), Path.of("forms"));

    assertThat(result.problems()).as("problems in processes/ and forms/").isEmpty();
    assertThat(result.processIds()).isNotEmpty();
    assertThat(result.formIds()).isNotEmpty();
  }

  @Test
  void aDiagramWithoutLayoutFailsNamingTheFile() {
    ModelConventions result = ModelConventions.check(FIXTURES.resolve("no-layout"), FIXTURES.resolve("forms"));

    assertThat(result.problems()).anySatisfy(p -> assertThat(p)
        .contains("NoLayoutProcess.bpmn").contains("no diagram layout (BPMN DI)"));
  }

  @Test
  void aDiagramWithoutHistoryTimeToLiveFailsNamingTheFile() {
    ModelConventions result = ModelConventions.check(FIXTURES.resolve("no-ttl"), FIXTURES.resolve("forms"));

    assertThat(result.problems()).anySatisfy(p -> assertThat(p)
        .contains("NoTtlProcess.bpmn").contains("has no camunda:historyTimeToLive"));
  }

  @Test
  void aShortHistoryTimeToLiveIsRefused() {
    ModelConventions result = ModelConventions.check(FIXTURES.resolve("short-ttl"), FIXTURES.resolve("forms"));

    assertThat(result.problems()).anySatisfy(p -> assertThat(p)
        .contains("ShortTtlProcess.bpmn").contains("at least P1095D"));
  }

  @Test
  void serviceTasksMustNameADelegateBeanAndUserTasksAnExistingForm() {
    ModelConventions result = ModelConventions.check(FIXTURES.resolve("bad-wiring"), FIXTURES.resolve("forms"));

    assertThat(result.problems())
        .anySatisfy(p -> assertThat(p).contains("Task_ByClass").contains("camunda:delegateExpression"))
        .anySatisfy(p -> assertThat(p).contains("Task_NoForm").contains("has no camunda:formRef"))
        .anySatisfy(p -> assertThat(p).contains("Task_MissingForm").contains("'Nowhere'"))
        .anySatisfy(p -> assertThat(p).contains("Task_LatestBinding").contains("formRefBinding"));
    assertThat(result.delegateBeans()).containsExactly("goodDelegate");
  }

  @Test
  void formFieldsMustBeBoundToKeys() {
    ModelConventions result = ModelConventions.check(FIXTURES.resolve("none"), FIXTURES.resolve("bad-forms"));

    assertThat(result.problems()).anySatisfy(p -> assertThat(p)
        .contains("Unbound.form").contains("'Field_NoKey'").contains("not bound to a key"));
  }

  @Test
  void historyTimeToLiveIsReadInDays() {
    assertThat(ModelConventions.days("P1095D")).isEqualTo(1095);
    assertThat(ModelConventions.days("1095")).isEqualTo(1095);
    assertThat(ModelConventions.days("P3Y")).isEqualTo(1095);
    assertThat(ModelConventions.days("P180D")).isEqualTo(180);
  }
}
