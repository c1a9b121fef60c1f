package org.coproduce.process;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.coproduce.process.internal.VerifiedCredentials;
import org.springframework.stereotype.Service;

/**
 * The one place where people and groups are written to the Camunda identity service, which is the
 * identity store of the whole application (Tasklist, engine REST and the domain API all check it).
 * Every method is idempotent, so start-up and demo loading can call them again safely.
 */
@Service
public class IdentityDirectory {

  private final IdentityService identityService;
  private final VerifiedCredentials verifiedCredentials;

  IdentityDirectory(IdentityService identityService, VerifiedCredentials verifiedCredentials) {
    this.identityService = identityService;
    this.verifiedCredentials = verifiedCredentials;
  }

  public boolean userExists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }

  public boolean groupExists(String groupId) {
    return identityService.createGroupQuery().groupId(groupId).count() > 0;
  }

  public void ensureGroup(String groupId, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      group = identityService.newGroup(groupId);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    } else if (!name.equals(group.getName())) {
      group.setName(name);
      identityService.saveGroup(group);
    }
  }

  /** Creates the user when missing; an existing user keeps its password. */
  public void ensureUser(String userId, String firstName, String lastName, String email, String password) {
    if (userExists(userId)) {
      return;
    }
    User user = identityService.newUser(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    user.setPassword(password);
    identityService.saveUser(user);
  }

  public void addToGroup(String userId, String groupId) {
    if (!groupsOf(userId).contains(groupId)) {
      identityService.createMembership(userId, groupId);
      verifiedCredentials.forget(userId); // the domain API sees the new group at once
    }
  }

  public void removeFromGroup(String userId, String groupId) {
    if (groupsOf(userId).contains(groupId)) {
      identityService.deleteMembership(userId, groupId);
      verifiedCredentials.forget(userId);
    }
  }

  public void deleteGroup(String groupId) {
    if (groupExists(groupId)) {
      identityService.deleteGroup(groupId);
      verifiedCredentials.forgetAll();
    }
  }

  public Set<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
  }

  public List<String> membersOf(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getId).sorted().toList();
  }

  /** A person's display name and e-mail address as kept in the identity service. */
  public record Contact(String userId, String name, String email) {
  }

  public java.util.Optional<Contact> contact(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return java.util.Optional.empty();
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return java.util.Optional.of(new Contact(userId, name.isEmpty() ? userId : name, user.getEmail()));
  }

  public boolean checkPassword(String userId, String password) {
    return identityService.checkPassword(userId, password);
  }
}
