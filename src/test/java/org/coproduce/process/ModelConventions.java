package org.coproduce.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * The checks Camunda Modeler and our house rules apply to processes/ and forms/, as plain code so
 * the build can run them: each problem names its file. Delegate bean names are collected for the
 * integration test, which checks them against the running application context.
 */
public final class ModelConventions {

  /** Procurement records are kept at least three years. */
  public static final int MINIMUM_HISTORY_DAYS = 1095;
  private static final Pattern DELEGATE = Pattern.compile("^[#$]\\{([A-Za-z][A-Za-z0-9]*)\\}$");
  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime",
      "checkbox", "checklist", "radio", "select", "taglist", "expression", "filepicker");
  private static final Set<String> CONTAINER_TYPES = Set.of("group", "dynamiclist");
  private static final Set<String> DISPLAY_TYPES = Set.of("text", "html", "image", "spacer", "separator",
      "button", "iframe", "table", "documentPreview");

  private final List<String> problems = new ArrayList<>();
  private final Set<String> delegateBeans = new TreeSet<>();
  private final Map<String, Path> formsById = new HashMap<>();
  private final Set<String> processIds = new TreeSet<>();

  public static ModelConventions check(Path processes, Path forms) {
    ModelConventions conventions = new ModelConventions();
    conventions.checkForms(forms);
    conventions.checkProcesses(processes);
    conventions.checkDecisions(processes);
    return conventions;
  }

  public List<String> problems() {
    return problems;
  }

  public Set<String> delegateBeans() {
    return delegateBeans;
  }

  public Set<String> processIds() {
    return processIds;
  }

  public Set<String> formIds() {
    return formsById.keySet();
  }

  private void checkForms(Path forms) {
    for (Path file : list(forms, ".form")) {
      JsonNode form;
      try {
        form = new ObjectMapper().readTree(file.toFile());
      } catch (IOException e) {
        problems.add(file + ": not valid JSON (" + e.getMessage() + ")");
        continue;
      }
      String id = form.path("id").asText("");
      String expectedId = file.getFileName().toString().replaceAll("\\.form$", "");
      if (!id.equals(expectedId)) {
        problems.add(file + ": form id '" + id + "' must equal the file name '" + expectedId + "'");
      }
      if (!"Camunda Platform".equals(form.path("executionPlatform").asText())
          || !"7.24.0".equals(form.path("executionPlatformVersion").asText())) {
        problems.add(file + ": executionPlatform must be 'Camunda Platform' version '7.24.0'");
      }
      if (formsById.put(id, file) != null) {
        problems.add(file + ": form id '" + id + "' is declared twice");
      }
      checkComponents(file, form.path("components"));
    }
  }

  private void checkComponents(Path file, JsonNode components) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String label = component.path("id").asText(type);
      if (INPUT_TYPES.contains(type)) {
        if (component.path("key").asText("").isBlank()) {
          problems.add(file + ": field '" + label + "' (" + type + ") is not bound to a key");
        }
      } else if (CONTAINER_TYPES.contains(type)) {
        if ("dynamiclist".equals(type) && component.path("path").asText("").isBlank()) {
          problems.add(file + ": dynamic list '" + label + "' is not bound to a path");
        }
        checkComponents(file, component.path("components"));
      } else if (!DISPLAY_TYPES.contains(type)) {
        problems.add(file + ": component '" + label + "' has unknown type '" + type + "'");
      }
    }
  }

  private void checkProcesses(Path processes) {
    for (Path file : list(processes, ".bpmn")) {
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromFile(file.toFile());
      } catch (RuntimeException e) {
        problems.add(file + ": does not parse with the Camunda model API (" + e.getMessage() + ")");
        continue;
      }
      checkLayout(file, model);
      checkProcessAttributes(file, model);
      checkImplementations(file, model);
      checkForms(file, model);
    }
  }

  private void checkDecisions(Path processes) {
    for (Path file : list(processes, ".dmn")) {
      org.camunda.bpm.model.dmn.DmnModelInstance model;
      try {
        model = org.camunda.bpm.model.dmn.Dmn.readModelFromFile(file.toFile());
      } catch (RuntimeException e) {
        problems.add(file + ": does not parse with the Camunda DMN model API (" + e.getMessage() + ")");
        continue;
      }
      for (org.camunda.bpm.model.dmn.instance.Decision decision
          : model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class)) {
        String ttl = decision.getCamundaHistoryTimeToLiveString();
        if (ttl == null || ttl.isBlank()) {
          problems.add(file + ": decision '" + decision.getId() + "' has no camunda:historyTimeToLive");
        } else if (days(ttl) < MINIMUM_HISTORY_DAYS) {
          problems.add(file + ": decision '" + decision.getId() + "' keeps history " + ttl + "; at least P"
              + MINIMUM_HISTORY_DAYS + "D");
        }
      }
      if (!read(file).contains("DMNDI")) {
        problems.add(file + ": has no diagram layout (DMN DI); Camunda Modeler would show nothing");
      }
    }
  }

  private void checkLayout(Path file, BpmnModelInstance model) {
    if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
      problems.add(file + ": has no diagram layout (BPMN DI); Camunda Modeler would show nothing");
      return;
    }
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
    List<BaseElement> elements = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
    elements.addAll(model.getModelElementsByType(SequenceFlow.class));
    for (BaseElement element : elements) {
      if (!drawn.contains(element.getId())) {
        problems.add(file + ": element '" + element.getId() + "' has no diagram layout (BPMN DI)");
      }
    }
  }

  private void checkProcessAttributes(Path file, BpmnModelInstance model) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      processIds.add(process.getId());
      String fileName = file.getFileName().toString();
      if (!fileName.equals(process.getId() + ".bpmn") && model.getModelElementsByType(Process.class).size() == 1) {
        problems.add(file + ": file name must be the process id '" + process.getId() + ".bpmn'");
      }
      String ttl = process.getCamundaHistoryTimeToLiveString();
      if (ttl == null || ttl.isBlank()) {
        problems.add(file + ": process '" + process.getId() + "' has no camunda:historyTimeToLive");
      } else if (days(ttl) < MINIMUM_HISTORY_DAYS) {
        problems.add(file + ": process '" + process.getId() + "' keeps history " + ttl
            + "; procurement records are kept at least P" + MINIMUM_HISTORY_DAYS + "D");
      }
    }
  }

  private void checkImplementations(Path file, BpmnModelInstance model) {
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      delegate(file, task.getId(), task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression());
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      delegate(file, task.getId(), task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression());
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      listener(file, listener.getCamundaDelegateExpression(), listener.getCamundaClass(),
          listener.getCamundaExpression(), listener.getCamundaScript() != null);
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      listener(file, listener.getCamundaDelegateExpression(), listener.getCamundaClass(),
          listener.getCamundaExpression(), listener.getCamundaScript() != null);
    }
  }

  private void delegate(Path file, String id, String delegateExpression, String className, String expression) {
    if (delegateExpression == null) {
      problems.add(file + ": service task '" + id + "' must use camunda:delegateExpression=\"#{beanName}\""
          + (className != null ? " instead of camunda:class" : expression != null ? " instead of camunda:expression" : ""));
      return;
    }
    Matcher matcher = DELEGATE.matcher(delegateExpression);
    if (!matcher.matches()) {
      problems.add(file + ": service task '" + id + "' delegateExpression '" + delegateExpression
          + "' must name one bean, like #{generateTenderDelegate}");
    } else {
      delegateBeans.add(matcher.group(1));
    }
  }

  private void listener(Path file, String delegateExpression, String className, String expression, boolean script) {
    if (className != null || expression != null || script) {
      problems.add(file + ": listeners must use camunda:delegateExpression, not a class, expression or script");
    } else if (delegateExpression != null) {
      Matcher matcher = DELEGATE.matcher(delegateExpression);
      if (matcher.matches()) {
        delegateBeans.add(matcher.group(1));
      } else {
        problems.add(file + ": listener delegateExpression '" + delegateExpression + "' must name one bean");
      }
    }
  }

  private void checkForms(Path file, BpmnModelInstance model) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      formReference(file, "user task '" + task.getId() + "'", task.getCamundaFormRef(),
          task.getCamundaFormRefBinding(), true);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      formReference(file, "start event '" + start.getId() + "'", start.getCamundaFormRef(),
          start.getCamundaFormRefBinding(), false);
    }
  }

  private void formReference(Path file, String what, String formRef, String binding, boolean required) {
    if (formRef == null) {
      if (required) {
        problems.add(file + ": " + what + " has no camunda:formRef");
      }
      return;
    }
    if (!"deployment".equals(binding)) {
      problems.add(file + ": " + what + " must use camunda:formRefBinding=\"deployment\"");
    }
    if (!formsById.containsKey(formRef)) {
      problems.add(file + ": " + what + " refers to form '" + formRef + "', which no forms/*.form declares");
    }
  }

  static long days(String ttl) {
    String value = ttl.trim();
    if (value.matches("\\d+")) {
      return Long.parseLong(value);
    }
    try {
      Period period = Period.parse(value);
      return period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  private static List<Path> list(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + dir, e);
    }
  }
}
