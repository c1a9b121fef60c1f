package org.coproduce.tender.internal;

import java.util.UUID;
import org.coproduce.tender.TenderDocument;
import org.coproduce.tender.TenderDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tender documents are public from the moment they are generated (they hold the specification and
 * criteria, nothing sealed or personal), so panel members, suppliers and the public read the same
 * file and can check it against the SHA-256 in the decision record.
 */
@RestController
class TenderDocumentController {

  private final TenderDocuments documents;

  TenderDocumentController(TenderDocuments documents) {
    this.documents = documents;
  }

  @GetMapping("/api/public/tender-documents/{id}")
  ResponseEntity<byte[]> document(@PathVariable UUID id) {
    return pdf(documents.get(id));
  }

  @GetMapping("/api/public/cases/{caseRef}/tender-documents/latest")
  ResponseEntity<byte[]> latest(@PathVariable String caseRef) {
    return pdf(documents.latest(caseRef));
  }

  private static ResponseEntity<byte[]> pdf(TenderDocument document) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.getFileName()).build().toString())
        .header("X-Content-SHA256", document.getSha256())
        .eTag("\"" + document.getSha256() + "\"")
        .body(document.getContent());
  }
}
