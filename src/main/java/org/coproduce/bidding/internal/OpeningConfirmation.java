package org.coproduce.bidding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.bidding.OpeningCapacity;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** One person's confirmation of an opening, in one capacity. Written once. */
@Entity
@Immutable
@Table(name = "bid_opening_confirmation")
class OpeningConfirmation implements Persistable<OpeningConfirmation.Key> {

  @Embeddable
  record Key(@Column(name = "tender_id") UUID tenderId,
      @Enumerated(EnumType.STRING) @Column(name = "capacity") OpeningCapacity capacity) implements Serializable {
  }

  @EmbeddedId
  private Key key;
  @Column(name = "user_id")
  private String userId;
  @Column(name = "confirmed_at")
  private Instant confirmedAt;
  @Transient
  private boolean isNew = true;

  protected OpeningConfirmation() {
  }

  OpeningConfirmation(UUID tenderId, OpeningCapacity capacity, String userId, Instant confirmedAt) {
    this.key = new Key(tenderId, capacity);
    this.userId = userId;
    this.confirmedAt = confirmedAt;
  }

  @PostLoad
  @PostPersist
  void stored() {
    isNew = false;
  }

  @Override
  public Key getId() {
    return key;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  OpeningCapacity capacity() {
    return key.capacity();
  }

  String userId() {
    return userId;
  }
}
