package org.coproduce.tender.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.hibernate.annotations.Immutable;

/**
 * One published award criterion. Immutable: written once with its tender, Hibernate never issues
 * an update for it, and it has no setter (criteria are frozen from publication, DOMAIN.md rule 4).
 */
@Entity
@Immutable
@Table(name = "tender_criterion")
class TenderCriterion {

  @Id
  private UUID id;
  @Column(name = "tender_id")
  private UUID tenderId;
  @Column(name = "criterion_no")
  private int number;
  private String name;
  @Enumerated(EnumType.STRING)
  @Column(name = "criterion_type")
  private CriterionType type;
  private int weight;
  private String description;

  protected TenderCriterion() {
  }

  TenderCriterion(UUID tenderId, int number, AwardCriterion criterion) {
    this.id = UUID.randomUUID();
    this.tenderId = tenderId;
    this.number = number;
    this.name = criterion.name();
    this.type = criterion.type();
    this.weight = criterion.weight();
    this.description = criterion.description();
  }

  UUID tenderId() {
    return tenderId;
  }

  AwardCriterion view() {
    return new AwardCriterion(name, type, weight, description);
  }
}
