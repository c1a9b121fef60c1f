package org.coproduce.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.panel.NewVolunteer;
import org.coproduce.panel.VolunteerView;

/** A citizen in the volunteer pool. */
@Entity
@Table(name = "panel_volunteer")
class Volunteer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "first_name")
  private String firstName;
  @Column(name = "last_name")
  private String lastName;
  private String email;
  private String ward;
  @Column(name = "age_band")
  private String ageBand;
  private String gender;
  @Column(name = "extra_feature")
  private String extraFeature;
  private String household;
  @Column(name = "supplier_link")
  private String supplierLink;
  @Column(name = "user_id")
  private String userId;
  private boolean active;
  @Column(name = "registered_at")
  private Instant registeredAt;
  @Column(name = "registered_by")
  private String registeredBy;

  protected Volunteer() {
  }

  Volunteer(NewVolunteer v, Instant now, String registeredBy) {
    this.firstName = v.firstName().trim();
    this.lastName = v.lastName().trim();
    this.email = v.email().trim().toLowerCase(java.util.Locale.ROOT);
    this.ward = v.ward();
    this.ageBand = v.ageBand();
    this.gender = v.gender();
    this.extraFeature = v.extraFeature();
    this.household = v.household().trim().toLowerCase(java.util.Locale.ROOT);
    this.supplierLink = v.supplierLink() == null || v.supplierLink().isBlank() ? null : v.supplierLink().trim();
    this.userId = v.userId() == null || v.userId().isBlank() ? null : v.userId();
    this.active = true;
    this.registeredAt = now;
    this.registeredBy = registeredBy;
  }

  Long id() {
    return id;
  }

  String name() {
    return firstName + " " + lastName;
  }

  String firstName() {
    return firstName;
  }

  String lastName() {
    return lastName;
  }

  String email() {
    return email;
  }

  String ward() {
    return ward;
  }

  String ageBand() {
    return ageBand;
  }

  String gender() {
    return gender;
  }

  String extraFeature() {
    return extraFeature;
  }

  String household() {
    return household;
  }

  String supplierLink() {
    return supplierLink;
  }

  String userId() {
    return userId;
  }

  boolean active() {
    return active;
  }

  /** Gives a volunteer without a login the id their account is created with: {@code volunteer-<id>}. */
  String assignUserId() {
    if (userId == null) {
      userId = "volunteer-" + id;
    }
    return userId;
  }

  VolunteerView view() {
    return new VolunteerView(id, firstName, lastName, email, ward, ageBand, gender, extraFeature, household,
        supplierLink, userId, active, registeredAt);
  }
}
