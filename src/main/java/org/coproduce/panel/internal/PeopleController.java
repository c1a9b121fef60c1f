package org.coproduce.panel.internal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.coproduce.panel.NewOfficial;
import org.coproduce.panel.NewVolunteer;
import org.coproduce.panel.OfficialView;
import org.coproduce.panel.People;
import org.coproduce.panel.VolunteerView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Officers keep the volunteer pool and the list of officials who may sit on panels. */
@RestController
@PreAuthorize("hasAuthority('commissioning-officers')")
class PeopleController {

  private final People people;

  PeopleController(People people) {
    this.people = people;
  }

  @PostMapping("/api/volunteers")
  ResponseEntity<VolunteerView> registerVolunteer(@Valid @RequestBody NewVolunteer volunteer, Authentication caller) {
    VolunteerView registered = people.registerVolunteer(volunteer, caller.getName());
    return ResponseEntity.created(URI.create("/api/volunteers/" + registered.id())).body(registered);
  }

  @GetMapping("/api/volunteers")
  List<VolunteerView> volunteers() {
    return people.volunteers();
  }

  @PostMapping("/api/officials")
  ResponseEntity<OfficialView> registerOfficial(@Valid @RequestBody NewOfficial official) {
    OfficialView registered = people.registerOfficial(official);
    return ResponseEntity.created(URI.create("/api/officials/" + registered.id())).body(registered);
  }

  @GetMapping("/api/officials")
  List<OfficialView> officials() {
    return people.officials();
  }
}
