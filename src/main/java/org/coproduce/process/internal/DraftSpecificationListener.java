package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.SPEC_VERSION;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.codesign.CriterionType;
import org.coproduce.codesign.Specification;
import org.coproduce.codesign.SpecificationDraft;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.process.ProcessVariables.Form;
import org.springframework.stereotype.Component;

/** Hands the chair's draft to the specification service, which checks and versions it. */
@Component
class DraftSpecificationListener implements TaskListener {

  private final SpecificationService specifications;

  DraftSpecificationListener(SpecificationService specifications) {
    this.specifications = specifications;
  }

  @Override
  public void notify(DelegateTask task) {
    List<SpecificationDraft.Criterion> criteria = new ArrayList<>();
    criteria.add(criterion(task, Form.QUALITY_NAME, CriterionType.QUALITY, Form.QUALITY_WEIGHT,
        Form.QUALITY_DESCRIPTION));
    String second = TaskVariables.string(task, Form.QUALITY2_NAME);
    if (second != null && !second.isBlank()) {
      criteria.add(criterion(task, Form.QUALITY2_NAME, CriterionType.QUALITY, Form.QUALITY2_WEIGHT,
          Form.QUALITY2_DESCRIPTION));
    }
    criteria.add(new SpecificationDraft.Criterion("Price", CriterionType.PRICE,
        weight(task, Form.PRICE_WEIGHT), "Lowest compliant price / bid price × weight"));
    criteria.add(criterion(task, Form.SOCIAL_VALUE_NAME, CriterionType.SOCIAL_VALUE, Form.SOCIAL_VALUE_WEIGHT,
        Form.SOCIAL_VALUE_DESCRIPTION));
    Integer months = TaskVariables.integer(task, Form.DURATION_MONTHS);
    Specification spec = specifications.draft(TaskVariables.caseRef(task), TaskVariables.actor(task),
        new SpecificationDraft(TaskVariables.string(task, Form.OUTCOMES), TaskVariables.string(task, Form.SERVICE_LEVELS),
            months == null ? 0 : months, TaskVariables.decimal(task, Form.ESTIMATED_VALUE),
            TaskVariables.string(task, Form.PLAIN_SUMMARY), criteria));
    task.getExecution().getProcessInstance().setVariable(SPEC_VERSION, spec.getVersion());
  }

  private static SpecificationDraft.Criterion criterion(DelegateTask task, String name, CriterionType type,
      String weight, String description) {
    return new SpecificationDraft.Criterion(TaskVariables.string(task, name), type, weight(task, weight),
        TaskVariables.string(task, description));
  }

  private static int weight(DelegateTask task, String name) {
    Integer weight = TaskVariables.integer(task, name);
    return weight == null ? 0 : weight;
  }
}
