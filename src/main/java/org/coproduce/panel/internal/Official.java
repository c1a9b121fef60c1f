package org.coproduce.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.panel.NewOfficial;
import org.coproduce.panel.OfficialView;

/** An official who may sit on panels. */
@Entity
@Table(name = "panel_official")
class Official {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "user_id")
  private String userId;
  @Column(name = "first_name")
  private String firstName;
  @Column(name = "last_name")
  private String lastName;
  private String email;
  private String department;
  @Column(name = "job_role")
  private String jobRole;
  @Column(name = "supplier_link")
  private String supplierLink;
  private boolean active;
  @Column(name = "registered_at")
  private Instant registeredAt;

  protected Official() {
  }

  Official(NewOfficial o, Instant now) {
    this.userId = o.userId();
    this.firstName = o.firstName().trim();
    this.lastName = o.lastName().trim();
    this.email = o.email() == null || o.email().isBlank() ? null : o.email().trim().toLowerCase(java.util.Locale.ROOT);
    this.department = o.department().trim();
    this.jobRole = o.jobRole().trim();
    this.supplierLink = o.supplierLink() == null || o.supplierLink().isBlank() ? null : o.supplierLink().trim();
    this.active = true;
    this.registeredAt = now;
  }

  Long id() {
    return id;
  }

  String userId() {
    return userId;
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

  String name() {
    return firstName + " " + lastName;
  }

  String supplierLink() {
    return supplierLink;
  }

  boolean active() {
    return active;
  }

  OfficialView view() {
    return new OfficialView(id, userId, firstName, lastName, email, department, jobRole, supplierLink, active);
  }
}
