package org.coproduce.codesign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One weighted criterion of a specification version. Never changed: a new draft is a new version. */
@Entity
@Immutable
@Table(name = "award_criterion")
public class AwardCriterion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "codesign_seq")
  @SequenceGenerator(name = "codesign_seq", sequenceName = "codesign_seq", allocationSize = 50)
  private Long id;
  @Column(name = "specification_id")
  private Long specificationId;
  private int position;
  private String name;
  @Enumerated(EnumType.STRING)
  @Column(name = "criterion_type")
  private CriterionType type;
  private int weight;
  private String description;

  protected AwardCriterion() {
  }

  AwardCriterion(Long specificationId, int position, String name, CriterionType type, int weight,
      String description) {
    this.specificationId = specificationId;
    this.position = position;
    this.name = name;
    this.type = type;
    this.weight = weight;
    this.description = description;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public CriterionType getType() {
    return type;
  }

  public int getWeight() {
    return weight;
  }

  public String getDescription() {
    return description;
  }
}
