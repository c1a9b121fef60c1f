package org.coproduce.panel;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/** The people panels are made of: the citizen volunteer pool and the officials. */
public interface People {

  VolunteerView registerVolunteer(@Valid NewVolunteer volunteer, String registeredBy);

  List<VolunteerView> volunteers();

  OfficialView registerOfficial(@Valid NewOfficial official);

  List<OfficialView> officials();

  Optional<OfficialView> official(String userId);
}
