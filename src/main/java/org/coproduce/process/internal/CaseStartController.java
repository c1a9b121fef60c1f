package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CASE_REF;
import static org.coproduce.process.ProcessVariables.OFFICER_ID;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.commissioning.OpenCase;
import org.coproduce.process.ProcessVariables.Messages;
import org.coproduce.shared.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases}: a commissioning officer opens a case; its CommissioningProcess starts in the same transaction. */
@RestController
class CaseStartController {

  private final CaseService cases;
  private final RuntimeService runtime;

  CaseStartController(CaseService cases, RuntimeService runtime) {
    this.cases = cases;
    this.runtime = runtime;
  }

  record CaseOpened(String ref, String title, String status, String processInstanceId) {
  }

  @PostMapping("/api/cases")
  @PreAuthorize("hasAuthority('" + Roles.COMMISSIONING_OFFICERS + "')")
  @Transactional
  ResponseEntity<CaseOpened> open(@Valid @RequestBody OpenCase request, Authentication caller) {
    CommissioningCase opened = cases.open(request, caller.getName());
    String instance = runtime.createMessageCorrelation(Messages.CASE_OPENED)
        .processInstanceBusinessKey(opened.getRef())
        .setVariables(Map.of(CASE_REF, opened.getRef(), OFFICER_ID, caller.getName()))
        .correlateStartMessage().getId();
    return ResponseEntity.created(URI.create("/api/cases/" + opened.getRef()))
        .body(new CaseOpened(opened.getRef(), opened.getTitle(), opened.getStatus().name(), instance));
  }
}
