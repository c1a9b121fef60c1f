package org.coproduce.panel.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.coproduce.panel.DeclarationView;
import org.coproduce.panel.DrawOptions;
import org.coproduce.panel.DrawResult;
import org.coproduce.panel.Features;
import org.coproduce.panel.PanelService;
import org.coproduce.panel.PanelView;
import org.coproduce.panel.Quota;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Officers form and change a case's panel: draw, redraw, confirm, replace, declarations. */
@RestController
@Validated
@RequestMapping("/api/panels/{caseRef}")
@PreAuthorize("hasAuthority('commissioning-officers')")
class PanelController {

  record DrawRequest(
      @NotBlank @Size(max = 200) String caseTitle,
      @Pattern(regexp = Features.SEED) String seed,
      Map<@Pattern(regexp = Features.VALUE) String, Map<@Pattern(regexp = Features.VALUE) String, @Valid @NotNull Quota>> quotas) {
  }

  record RedrawRequest(
      @Pattern(regexp = Features.SEED) String seed,
      Map<@Pattern(regexp = Features.VALUE) String, Map<@Pattern(regexp = Features.VALUE) String, @Valid @NotNull Quota>> quotas) {
  }

  record ReplacementRequest(
      @NotBlank @Size(max = 64) @Pattern(regexp = Features.USER_ID) String memberUserId,
      @NotBlank @Size(max = 500) String reason) {
  }

  record DeclarationRequest(
      @NotBlank @Size(max = 64) @Pattern(regexp = Features.USER_ID) String memberUserId,
      @Size(min = 1, max = 64) @Pattern(regexp = Features.USER_ID) String bidderId,
      @NotNull Boolean hasConflict,
      @Size(max = 2000) String details) {
  }

  private final PanelService panels;

  PanelController(PanelService panels) {
    this.panels = panels;
  }

  @PostMapping("/draw")
  ResponseEntity<DrawResult> draw(@PathVariable @Pattern(regexp = Features.CASE_REF) @Size(max = 40) String caseRef,
      @Valid @RequestBody DrawRequest request, Authentication caller) {
    DrawResult result = panels.draw(caseRef, request.caseTitle(), caller.getName(),
        new DrawOptions(request.seed(), request.quotas()));
    return ResponseEntity.created(URI.create("/api/panels/" + caseRef)).body(result);
  }

  @PostMapping("/redraw")
  DrawResult redraw(@PathVariable @Pattern(regexp = Features.CASE_REF) @Size(max = 40) String caseRef,
      @Valid @RequestBody(required = false) RedrawRequest request, Authentication caller) {
    DrawOptions options = request == null ? DrawOptions.DEFAULTS : new DrawOptions(request.seed(), request.quotas());
    return panels.redraw(caseRef, caller.getName(), options);
  }

  @PostMapping("/confirm")
  PanelView confirm(@PathVariable @Pattern(regexp = Features.CASE_REF) @Size(max = 40) String caseRef,
      Authentication caller) {
    return panels.confirm(caseRef, caller.getName());
  }

  @GetMapping
  PanelView panel(@PathVariable @Pattern(regexp = Features.CASE_REF) @Size(max = 40) String caseRef) {
    return panels.panel(caseRef);
  }

  @PostMapping("/replacements")
  PanelView replace(@PathVariable @Pattern(regexp = Features.CASE_REF) @Size(max = 40) String caseRef,
      @Valid @RequestBody ReplacementRequest request, Authentication caller) {
    return panels.replaceWithAlternate(caseRef, request.memberUserId(), request.reason(), caller.getName());
  }

  /** Officers record declarations; members may record their own. */
  @PostMapping("/declarations")
  @PreAuthorize("hasAuthority('commissioning-officers') or #request.memberUserId() == authentication.name")
  ResponseEntity<DeclarationView> declare(
      @PathVariable @Pattern(regexp = Features.CASE_REF) @Size(max = 40) String caseRef,
      @Valid @RequestBody DeclarationRequest request, Authentication caller) {
    DeclarationView declaration = panels.declareConflict(caseRef, request.memberUserId(), request.bidderId(),
        request.hasConflict(), request.details(), caller.getName());
    return ResponseEntity.status(201).body(declaration);
  }

  @GetMapping("/declarations")
  List<DeclarationView> declarations(
      @PathVariable @Pattern(regexp = Features.CASE_REF) @Size(max = 40) String caseRef) {
    return panels.declarations(caseRef);
  }
}
