package org.coproduce.tender;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A generated tender document (PDF) with its SHA-256, one version per generation. */
@Entity
@Table(name = "tender_document")
public class TenderDocument {

  @Id
  private UUID id;
  @Column(name = "case_ref")
  private String caseRef;
  private int version;
  @Column(name = "spec_version")
  private int specVersion;
  @Column(name = "file_name")
  private String fileName;
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;
  private String sha256;
  @Column(name = "planned_deadline")
  private Instant plannedDeadline;
  @Column(name = "generated_by")
  private String generatedBy;
  @Column(name = "generated_at")
  private Instant generatedAt;
  @Column(name = "signed_off")
  private boolean signedOff;

  protected TenderDocument() {
  }

  TenderDocument(UUID id, String caseRef, int version, int specVersion, String fileName, byte[] content,
      String sha256, Instant plannedDeadline, String generatedBy, Instant generatedAt) {
    this.id = id;
    this.caseRef = caseRef;
    this.version = version;
    this.specVersion = specVersion;
    this.fileName = fileName;
    this.content = content;
    this.sha256 = sha256;
    this.plannedDeadline = plannedDeadline;
    this.generatedBy = generatedBy;
    this.generatedAt = generatedAt;
  }

  void signOff() {
    this.signedOff = true;
  }

  public UUID getId() {
    return id;
  }

  public String getCaseRef() {
    return caseRef;
  }

  public int getVersion() {
    return version;
  }

  public int getSpecVersion() {
    return specVersion;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getContent() {
    return content;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getPlannedDeadline() {
    return plannedDeadline;
  }

  public String getGeneratedBy() {
    return generatedBy;
  }

  public Instant getGeneratedAt() {
    return generatedAt;
  }

  public boolean isSignedOff() {
    return signedOff;
  }
}
