package org.coproduce.panel;

import java.util.Set;

/**
 * What the panel module needs to know about logins: the role groups a user holds (to keep
 * suppliers, administrators, finance officers and approvers off panels). Implemented by the
 * module that owns identities, so that this module does not depend on the engine.
 */
public interface AccountDirectory {

  /** The groups of the user, empty when no such login exists. */
  Set<String> groupsOf(String userId);

  boolean exists(String userId);
}
