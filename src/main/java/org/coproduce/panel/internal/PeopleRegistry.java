package org.coproduce.panel.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.coproduce.panel.AccountDirectory;
import org.coproduce.panel.NewOfficial;
import org.coproduce.panel.NewVolunteer;
import org.coproduce.panel.OfficialView;
import org.coproduce.panel.People;
import org.coproduce.panel.VolunteerView;
import org.coproduce.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
class PeopleRegistry implements People {

  private final Volunteers volunteers;
  private final Officials officials;
  private final AccountDirectory accounts;
  private final Clock clock;

  PeopleRegistry(Volunteers volunteers, Officials officials, AccountDirectory accounts, Clock clock) {
    this.volunteers = volunteers;
    this.officials = officials;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  @Transactional
  public VolunteerView registerVolunteer(NewVolunteer volunteer, String registeredBy) {
    String email = volunteer.email().trim().toLowerCase(java.util.Locale.ROOT);
    if (volunteers.existsByEmail(email)) {
      throw new BusinessRuleViolation("panel.volunteer-registered",
          "A volunteer with this e-mail address is already in the pool (rule panel.volunteer-registered).");
    }
    String userId = volunteer.userId() == null || volunteer.userId().isBlank() ? null : volunteer.userId();
    if (userId != null) {
      if (volunteers.existsByUserId(userId)) {
        throw new BusinessRuleViolation("panel.volunteer-registered",
            "The login " + userId + " already belongs to a volunteer (rule panel.volunteer-registered).");
      }
      if (!accounts.exists(userId)) {
        throw new BusinessRuleViolation("panel.unknown-login",
            "There is no login " + userId + " (rule panel.unknown-login); leave it empty to create one on confirmation.");
      }
    }
    return volunteers.save(new Volunteer(volunteer, clock.instant(), registeredBy)).view();
  }

  @Override
  @Transactional(readOnly = true)
  public List<VolunteerView> volunteers() {
    return volunteers.findAllByOrderById().stream().map(Volunteer::view).toList();
  }

  @Override
  @Transactional
  public OfficialView registerOfficial(NewOfficial official) {
    if (officials.findByUserId(official.userId()).isPresent()) {
      throw new BusinessRuleViolation("panel.official-registered",
          "The official " + official.userId() + " is already registered (rule panel.official-registered).");
    }
    if (!accounts.exists(official.userId())) {
      throw new BusinessRuleViolation("panel.unknown-login",
          "There is no login " + official.userId() + " (rule panel.unknown-login); officials need one.");
    }
    return officials.save(new Official(official, clock.instant())).view();
  }

  @Override
  @Transactional(readOnly = true)
  public List<OfficialView> officials() {
    return officials.findAllByOrderByUserId().stream().map(Official::view).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<OfficialView> official(String userId) {
    return officials.findByUserId(userId).map(Official::view);
  }
}
