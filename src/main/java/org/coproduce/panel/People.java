package org.coproduce.panel;

import java.util.List;
import java.util.Optional;

/** The people panels are made of: the citizen volunteer pool and the officials. */
public interface People {

  VolunteerView registerVolunteer(NewVolunteer volunteer, String registeredBy);

  List<VolunteerView> volunteers();

  OfficialView registerOfficial(NewOfficial official);

  List<OfficialView> officials();

  Optional<OfficialView> official(String userId);
}
