package org.coproduce.testsupport;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.AdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.CockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.TasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.WelcomeRuntimeDelegate;

/**
 * Camunda's webapps keep their runtime delegates in JVM-wide statics, and every application that
 * shuts down sets them to null. A test that starts and closes applications of its own would so
 * break the webapps of the shared test context, if that one started first (Admin, Cockpit and
 * Tasklist answer 500 with a NullPointerException). Such a test saves them before and restores them
 * after.
 */
public final class WebappRuntimeDelegates {

  private final AdminRuntimeDelegate admin = Admin.getRuntimeDelegate();
  private final CockpitRuntimeDelegate cockpit = Cockpit.getRuntimeDelegate();
  private final TasklistRuntimeDelegate tasklist = Tasklist.getRuntimeDelegate();
  private final WelcomeRuntimeDelegate welcome = Welcome.getRuntimeDelegate();

  private WebappRuntimeDelegates() {
  }

  public static WebappRuntimeDelegates save() {
    return new WebappRuntimeDelegates();
  }

  public void restore() {
    Admin.setAdminRuntimeDelegate(admin);
    Cockpit.setCockpitRuntimeDelegate(cockpit);
    Tasklist.setTasklistRuntimeDelegate(tasklist);
    Welcome.setRuntimeDelegate(welcome);
  }
}
