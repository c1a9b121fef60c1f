package org.coproduce.award.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.award.AwardDecision;
import org.coproduce.award.AwardService;
import org.coproduce.award.ChallengeView;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.NotFoundException;
import org.coproduce.shared.ProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bidders' side of the award (suppliers only, HTTP Basic): challenging an award decision during
 * its standstill, and reading one's own challenges and result once the decision is notified.
 */
@RestController
@PreAuthorize("hasAuthority('suppliers')")
@SecurityRequirement(name = "basic")
@Tag(name = "Award challenges", description = "Challenge an award decision during the standstill, read your result (bidders)")
class ChallengeController {

  private final AwardService awards;

  ChallengeController(AwardService awards) {
    this.awards = awards;
  }

  record ChallengeRequest(
      @NotBlank @Size(max = 10_000) @Schema(description = "Why the award decision should be reviewed")
      String grounds) {
  }

  @Schema(description = "Your result once the award decision has been notified")
  record AwardResultResponse(UUID tenderId, String ocid, int round, int scaleMax, String currency,
      @Schema(description = "No contract before this instant (UTC); challenges are received until then")
      Instant standstillEnd, String recommendedSupplierId, BigDecimal recommendedTotal,
      AwardDecision.BidderResult yours) {
  }

  @PostMapping("/api/tenders/{tenderId}/challenges")
  @Operation(summary = "Challenge the award decision",
      description = "Only a bidder whose bid was opened, and only while the standstill runs: from its start to "
          + "strictly before its end by the server clock. The challenge suspends the award until it is decided.")
  @ApiResponse(responseCode = "201", description = "The challenge as received")
  @ApiResponse(responseCode = "403", description = "You did not bid for this tender")
  @ApiResponse(responseCode = "422", description = "Outside the standstill (problem+json, rule named)")
  ResponseEntity<ChallengeView> lodge(@PathVariable UUID tenderId, @Valid @RequestBody ChallengeRequest body,
      Authentication caller) {
    ChallengeView challenge;
    try {
      challenge = awards.lodgeChallenge(tenderId, caller.getName(), body.grounds());
    } catch (BusinessRuleViolation e) {
      if ("award.not-a-bidder".equals(e.getRule())) {
        throw forbidden(e);
      }
      throw e;
    }
    return ResponseEntity.created(URI.create("/api/tenders/" + tenderId + "/challenges/" + challenge.id()))
        .body(challenge);
  }

  @GetMapping("/api/tenders/{tenderId}/challenges")
  @Operation(summary = "Your challenges of this tender's award, with their decisions")
  List<ChallengeView> own(@PathVariable UUID tenderId, Authentication caller) {
    return awards.challengesOf(tenderId, caller.getName());
  }

  @GetMapping("/api/tenders/{tenderId}/award-result")
  @Operation(summary = "Your scores, rank and reasons, once the award decision has been notified",
      description = "404 until then, and for suppliers who did not bid.")
  AwardResultResponse result(@PathVariable UUID tenderId, Authentication caller) {
    AwardDecision decision;
    try {
      decision = awards.decisionFor(tenderId);
    } catch (BusinessRuleViolation e) {
      throw noResult();
    }
    if (!decision.standstillStarted()) {
      throw noResult();
    }
    AwardDecision.BidderResult yours = decision.bidders().stream()
        .filter(b -> b.supplierId().equals(caller.getName())).findFirst().orElseThrow(ChallengeController::noResult);
    return new AwardResultResponse(tenderId, decision.ocid(), decision.round(), decision.scaleMax(),
        decision.currency(), decision.standstillEnd(), decision.winner().supplierId(), decision.winner().total(),
        yours);
  }

  private static NotFoundException noResult() {
    return new NotFoundException("No award decision on this tender has been notified to you.");
  }

  private static ErrorResponseException forbidden(BusinessRuleViolation e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Forbidden");
    problem.setType(URI.create(ProblemHandler.TYPE_BASE + e.getRule()));
    problem.setProperty("rule", e.getRule());
    return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, e);
  }
}
