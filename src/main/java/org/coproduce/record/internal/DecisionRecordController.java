package org.coproduce.record.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.coproduce.record.ChainVerification;
import org.coproduce.record.DecisionRecord;
import org.coproduce.record.RecordedDecision;
import org.coproduce.shared.BusinessRuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision record as open data (no login): every entry with exactly the values that enter its
 * hash, so that anyone can recompute the chain (docs/decision-record.md), and the verification.
 */
@RestController
@Tag(name = "Decision record", description = "The hash-chained record of every decision (public, no login)")
class DecisionRecordController {

  static final int MAX_PAGE = 1000;

  private final DecisionRecord record;
  private final Clock clock;

  DecisionRecordController(DecisionRecord record, Clock clock) {
    this.record = record;
    this.clock = clock;
  }

  @Schema(description = "One entry of the decision record. details, digest, time and the other fields are "
      + "exactly the strings that enter the hash: hash = SHA-256(prevHash \\n seq \\n caseRef \\n actor \\n role "
      + "\\n action \\n rule \\n outcome \\n digest \\n time), digest = SHA-256(details), both lower-case hex "
      + "of UTF-8 (docs/decision-record.md)")
  record Entry(long seq, String caseRef,
      @Schema(description = "When it was recorded, ISO-8601 UTC, exactly as hashed", example = "2026-11-28T09:30:00.123Z")
      String time,
      String actor, String role, String action, String rule, String outcome,
      @Schema(description = "The data decided on, as canonical JSON text (sorted keys)") String details,
      String digest, String prevHash, String hash) {

    static Entry of(RecordedDecision d) {
      return new Entry(d.seq(), d.caseRef(), d.recordedAt().toString(), d.actor(), d.role(), d.action(), d.rule(),
          d.outcome(), d.details(), d.dataDigest(), d.prevHash(), d.hash());
    }
  }

  record BrokenEntry(long seq, String reason) {
  }

  record Verification(boolean intact, long entriesChecked, BrokenEntry firstBrokenEntry, String checkedAt) {
  }

  @GetMapping("/api/public/decisions/verify")
  @Operation(summary = "Re-walk the whole hash chain now",
      description = "intact is false when an entry was edited, deleted, inserted or reordered; firstBrokenEntry "
          + "names the first entry that does not verify and why.")
  Verification verify() {
    ChainVerification result = record.verify();
    return new Verification(result.intact(), result.entries(),
        result.intact() ? null : new BrokenEntry(result.firstBrokenSeq(), result.reason()),
        clock.instant().toString());
  }

  @GetMapping("/api/public/decisions")
  @Operation(summary = "Decisions of one case, or the whole chain page by page",
      description = "With caseRef: that case's decisions, oldest first. Without: the chain from fromSeq on, at "
          + "most limit entries; a Link header with rel=\"next\" points at the next page.")
  ResponseEntity<List<Entry>> decisions(
      @Parameter(description = "a case reference, e.g. C-2026-001") @RequestParam(required = false) String caseRef,
      @Parameter(description = "first sequence number (whole chain)") @RequestParam(defaultValue = "1") long fromSeq,
      @Parameter(description = "page size, at most " + MAX_PAGE) @RequestParam(defaultValue = "500") int limit) {
    if (caseRef != null && !caseRef.isBlank()) {
      return ResponseEntity.ok(record.ofCase(caseRef.trim()).stream().map(Entry::of).toList());
    }
    if (fromSeq < 1 || limit < 1 || limit > MAX_PAGE) {
      throw new BusinessRuleViolation("record.page", "fromSeq must be at least 1 and limit between 1 and "
          + MAX_PAGE + ".");
    }
    List<Entry> page = record.range(fromSeq, limit).stream().map(Entry::of).toList();
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (page.size() == limit) {
      response.header(HttpHeaders.LINK, "</api/public/decisions?fromSeq=" + (page.get(page.size() - 1).seq() + 1)
          + "&limit=" + limit + ">; rel=\"next\"");
    }
    return response.body(page);
  }
}
