package org.coproduce.bidding.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.coproduce.shared.BusinessRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supplier's bid API. Suppliers only (group {@code suppliers}, HTTP Basic). A supplier sees
 * only its own bids: another supplier's bid answers 404, exactly like a bid that does not exist,
 * so that not even the existence of a competitor's bid leaks. Before the opening no response
 * carries bid content, only receipts and metadata.
 */
@RestController
@PreAuthorize("hasAuthority('suppliers')")
@SecurityRequirement(name = "basic")
@Tag(name = "Sealed bids", description = "Submit, replace, withdraw and list your own sealed bids (suppliers)")
class BidController {

  private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[\\x21-\\x7e]{1,200}");
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final BidIntake intake;
  private final BiddingProperties properties;

  BidController(BidIntake intake, BiddingProperties properties) {
    this.intake = intake;
    this.properties = properties;
  }

  @Schema(description = "A bid. Its content stays encrypted until the opening after the deadline.")
  record BidRequest(
      @NotNull @DecimalMin(value = "0.01") @Digits(integer = 13, fraction = 2)
      @Schema(description = "Price offered, at most 2 decimals", example = "118500.00") BigDecimal price,
      @NotBlank @Size(max = 100_000) String technicalResponse,
      @NotBlank @Size(max = 100_000) String socialValueResponse,
      @Schema(description = "Optional attachments") List<@Valid DocumentRequest> documents) {
  }

  record DocumentRequest(
      @NotBlank @Size(max = 200) @Pattern(regexp = "[^/\\\\\\x00-\\x1f]+", message = "must be a file name without path")
      String name,
      @NotBlank @Size(max = 100) @Pattern(regexp = "[\\w.+-]+/[\\w.+-]+", message = "must be a media type such as application/pdf")
      String mediaType,
      @NotBlank @Schema(description = "The file's bytes, standard base64 (RFC 4648)") String contentBase64) {
  }

  @Schema(description = "A receipt: the server's record that it received this version of your bid. "
      + "sha256 is the SHA-256 of the bid's canonical form (see docs/adr/0004-sealed-bids.md).")
  record ReceiptResponse(UUID bidId, UUID tenderId, int version,
      @Schema(description = "Server clock, UTC, milliseconds", example = "2026-12-01T09:30:00.123Z") String receivedAt,
      String sha256) {
  }

  record BidResponse(UUID bidId, UUID tenderId, Bid.Status status, int currentVersion, String receivedAt,
      String sha256, String firstReceivedAt, String withdrawnAt, List<ReceiptResponse> receipts) {
  }

  @PostMapping("/api/tenders/{tenderId}/bids")
  @Operation(summary = "Submit a sealed bid",
      description = "Accepted iff the server clock, to the millisecond, reads strictly before the tender's "
          + "submission deadline; otherwise 422 and nothing is stored. Repeating a request with the same "
          + "Idempotency-Key returns the first receipt (header Idempotent-Replayed: true) and stores nothing. "
          + "One standing bid per supplier and tender: replace it with PUT.")
  @ApiResponse(responseCode = "201", description = "Receipt")
  @ApiResponse(responseCode = "422", description = "Deadline passed, tender not open, second bid, key reused, "
      + "document too large (problem+json, rule named)")
  ResponseEntity<ReceiptResponse> submit(@PathVariable UUID tenderId,
      @Parameter(description = "Your unique key for this submission (1 to 200 printable ASCII characters); "
          + "retries of the same submission reuse it") @RequestHeader("Idempotency-Key") String idempotencyKey,
      @Valid @RequestBody BidRequest body, Authentication caller) {
    if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "The Idempotency-Key header must be 1 to 200 printable ASCII characters without spaces.");
    }
    BidIntake.Submission submission = intake.submit(tenderId, caller.getName(), idempotencyKey, content(body));
    ReceiptResponse receipt = response(submission.receipt());
    return ResponseEntity.created(URI.create("/api/tenders/" + tenderId + "/bids/" + receipt.bidId()))
        .header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
        .body(receipt);
  }

  @PutMapping("/api/tenders/{tenderId}/bids/{bidId}")
  @Operation(summary = "Replace your bid with new content (before the deadline)",
      description = "Stores a new version and returns its receipt; earlier versions are kept for the record.")
  ReceiptResponse replace(@PathVariable UUID tenderId, @PathVariable UUID bidId,
      @Valid @RequestBody BidRequest body, Authentication caller) {
    return response(intake.replace(tenderId, bidId, caller.getName(), content(body)));
  }

  @DeleteMapping("/api/tenders/{tenderId}/bids/{bidId}")
  @Operation(summary = "Withdraw your bid (before the deadline)", description = "Its versions are kept for the record.")
  BidResponse withdraw(@PathVariable UUID tenderId, @PathVariable UUID bidId, Authentication caller) {
    return response(intake.withdraw(tenderId, bidId, caller.getName()));
  }

  @GetMapping("/api/tenders/{tenderId}/bids/{bidId}")
  @Operation(summary = "Your bid's status and receipts (never its content)")
  @ApiResponse(responseCode = "404", description = "No such bid of yours (also when it is another supplier's)")
  BidResponse get(@PathVariable UUID tenderId, @PathVariable UUID bidId, Authentication caller) {
    return response(intake.get(tenderId, bidId, caller.getName()));
  }

  @GetMapping("/api/tenders/{tenderId}/bids")
  @Operation(summary = "Your bids on this tender, with their receipts")
  List<BidResponse> ownOnTender(@PathVariable UUID tenderId, Authentication caller) {
    return intake.ofSupplier(caller.getName(), tenderId).stream().map(BidController::response).toList();
  }

  @GetMapping("/api/bids")
  @Operation(summary = "All your bids, with their receipts")
  List<BidResponse> own(@RequestParam(required = false) UUID tenderId, Authentication caller) {
    return intake.ofSupplier(caller.getName(), tenderId).stream().map(BidController::response).toList();
  }

  private BidContent content(BidRequest body) {
    List<DocumentRequest> requested = body.documents() == null ? List.of() : body.documents();
    if (requested.size() > properties.maxDocuments()) {
      throw new BusinessRuleViolation("bidding.too-many-documents",
          "A bid may carry at most " + properties.maxDocuments() + " documents.");
    }
    List<BidContent.Document> documents = new ArrayList<>();
    for (DocumentRequest d : requested) {
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(d.contentBase64());
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleViolation("bidding.document-encoding",
            "Document '" + d.name() + "' is not standard base64 (RFC 4648, no line breaks).");
      }
      if (bytes.length > properties.maxDocumentSize().toBytes()) {
        throw new BusinessRuleViolation("bidding.document-too-large", "Document '" + d.name() + "' has "
            + bytes.length + " bytes; at most " + properties.maxDocumentSize().toBytes() + " are accepted.");
      }
      documents.add(new BidContent.Document(d.name(), d.mediaType(), bytes));
    }
    return new BidContent(body.price(), body.technicalResponse(), body.socialValueResponse(), documents);
  }

  private static ReceiptResponse response(Receipt r) {
    return new ReceiptResponse(r.bidId(), r.tenderId(), r.version(), millis(r.receivedAt()), r.sha256());
  }

  private static BidResponse response(BidSummary b) {
    return new BidResponse(b.bidId(), b.tenderId(), b.status(), b.currentVersion(), millis(b.receivedAt()),
        b.sha256(), millis(b.firstReceivedAt()), millis(b.withdrawnAt()),
        b.receipts().stream().map(BidController::response).toList());
  }

  private static String millis(Instant instant) {
    return instant == null ? null : MILLIS.format(instant);
  }
}
