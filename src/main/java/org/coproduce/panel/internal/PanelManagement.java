package org.coproduce.panel.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.coproduce.panel.AccountDirectory;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.DeclarationView;
import org.coproduce.panel.DrawOptions;
import org.coproduce.panel.DrawResult;
import org.coproduce.panel.Features;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.PanelAccount;
import org.coproduce.panel.PanelMembershipChanged;
import org.coproduce.panel.PanelService;
import org.coproduce.panel.PanelView;
import org.coproduce.panel.Quota;
import org.coproduce.panel.SelectionProbability;
import org.coproduce.panel.internal.PanelComposition.Seat;
import org.coproduce.panel.internal.Sortition.Candidate;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws, confirms and changes panels. Each change is checked against {@link PanelComposition},
 * appended to the decision record and, when membership changes, announced by
 * {@link PanelMembershipChanged} within the same transaction.
 */
@Service
@Transactional
class PanelManagement implements PanelService {

  private static final Logger log = LoggerFactory.getLogger(PanelManagement.class);
  static final String METHOD = "leximin";
  private static final ObjectMapper JSON = JsonMapper.builder()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).build();
  private static final SecureRandom SEEDS = new SecureRandom();

  private final Panels panels;
  private final PanelDraws draws;
  private final Volunteers volunteers;
  private final Officials officials;
  private final Declarations declarations;
  private final AccountDirectory accounts;
  private final DecisionRecord record;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PanelProperties settings;
  private final PanelComposition composition;

  PanelManagement(Panels panels, PanelDraws draws, Volunteers volunteers, Officials officials,
      Declarations declarations, AccountDirectory accounts, DecisionRecord record, ApplicationEventPublisher events,
      Clock clock, PanelProperties settings) {
    this.panels = panels;
    this.draws = draws;
    this.volunteers = volunteers;
    this.officials = officials;
    this.declarations = declarations;
    this.accounts = accounts;
    this.record = record;
    this.events = events;
    this.clock = clock;
    this.settings = settings;
    this.composition = new PanelComposition(settings);
  }

  // ---------------------------------------------------------------- draw

  @Override
  public DrawResult draw(String caseRef, String caseTitle, String officerUserId) {
    return draw(caseRef, caseTitle, officerUserId, DrawOptions.DEFAULTS);
  }

  @Override
  public DrawResult draw(String caseRef, String caseTitle, String officerUserId, DrawOptions options) {
    requireCaseRef(caseRef);
    if (caseTitle == null || caseTitle.isBlank() || caseTitle.length() > 200) {
      throw new IllegalArgumentException("A case title of 1 to 200 characters is required");
    }
    Objects.requireNonNull(officerUserId, "officerUserId");
    panels.findByCaseRef(caseRef).ifPresent(p -> {
      throw new BusinessRuleViolation("panel.already-drawn", "Case " + caseRef + " already has a panel ("
          + p.status().toLowerCase() + "); redraw an unconfirmed panel instead (rule panel.already-drawn).");
    });
    Panel panel = new Panel(caseRef, caseTitle.trim(), officerUserId); // saved once drawn
    return drawInto(panel, 1, options == null ? DrawOptions.DEFAULTS : options, officerUserId);
  }

  @Override
  public DrawResult redraw(String caseRef, String actor) {
    return redraw(caseRef, actor, DrawOptions.DEFAULTS);
  }

  @Override
  public DrawResult redraw(String caseRef, String actor, DrawOptions options) {
    Panel panel = find(caseRef);
    if (panel.confirmed()) {
      throw new BusinessRuleViolation("panel.already-confirmed", "The panel of case " + caseRef
          + " is confirmed; it changes only by replacing members (rule panel.already-confirmed).");
    }
    return drawInto(panel, panel.drawNumber() + 1, options == null ? DrawOptions.DEFAULTS : options,
        Objects.requireNonNull(actor, "actor"));
  }

  private DrawResult drawInto(Panel panel, int drawNumber, DrawOptions options, String actor) {
    String seed = options.seed() == null || options.seed().isBlank() ? newSeed() : options.seed().trim();
    if (!seed.matches(Features.SEED)) {
      throw new IllegalArgumentException("A seed is 1 to 64 letters, digits, '.', '_' or '-'");
    }
    Map<String, Map<String, Quota>> quotas = canonical(options.quotas() == null ? settings.quotas() : options.quotas());
    quotas.keySet().forEach(category -> {
      if (!settings.categories().contains(category)) {
        throw new BusinessRuleViolation("panel.unknown-category", "There is no volunteer feature " + category
            + " to set quotas for (rule panel.unknown-category); the categories are "
            + new java.util.TreeSet<>(settings.categories()) + ".");
      }
    });
    Instant now = clock.instant();

    // Citizen seats: the leximin lottery over every feasible panel of eligible volunteers.
    Set<String> officialLogins = officials.findAll().stream().map(Official::userId).collect(Collectors.toSet());
    Map<Long, String> excluded = new TreeMap<>();
    Map<String, Volunteer> byCandidate = new LinkedHashMap<>();
    List<Candidate> pool = new ArrayList<>();
    for (Volunteer v : volunteers.findAllByOrderById()) {
      String reason = !v.active() ? "not active in the pool"
          : v.userId() != null && officialLogins.contains(v.userId()) ? "is an official"
          : PanelComposition.citizenIneligibility(v.userId(), v.supplierLink(), groupsOf(v.userId()));
      if (reason != null) {
        excluded.put(v.id(), reason);
        continue;
      }
      Candidate candidate = candidate(v);
      byCandidate.put(candidate.id(), v);
      pool.add(candidate);
    }
    int citizenSeats = settings.citizenSeats();
    Lottery lottery = Sortition.leximin(pool, citizenSeats, quotas);
    int lotteryIndex = lottery.pickIndex(seed);
    List<Volunteer> citizens = lottery.panels().get(lotteryIndex).stream().map(byCandidate::get)
        .sorted(Comparator.comparing(Volunteer::id)).toList();

    // Official seats: uniformly at random among the eligible officials.
    List<Official> eligibleOfficials = officials.findByActiveTrueOrderByUserId().stream()
        .filter(o -> PanelComposition.officialIneligibility(o.userId(), o.supplierLink(), groupsOf(o.userId()),
            panel.officerUserId()) == null)
        .toList();
    if (eligibleOfficials.size() < settings.officialSeats()) {
      throw new BusinessRuleViolation("panel.official-seats", "Only " + eligibleOfficials.size()
          + " officials may sit on the panel of case " + panel.caseRef() + " for " + settings.officialSeats()
          + " official seats: not its commissioning officer, finance officers, approvers, administrators or anyone "
          + "linked to a supplier (rule panel.official-seats).");
    }
    List<Official> shuffledOfficials = new SeededRandom(seed, "officials").shuffled(eligibleOfficials);
    List<Official> seatedOfficials = shuffledOfficials.subList(0, settings.officialSeats());
    List<Official> officialAlternates = shuffledOfficials.subList(settings.officialSeats(),
        Math.min(shuffledOfficials.size(), settings.officialSeats() + settings.officialAlternates()));

    // Citizen alternates: in random order among those who could take some drawn citizen's seat
    // within the quotas and the household rule; first, as far as the number allows, one for every
    // seat (seats in random order), so that any member can be replaced.
    List<Candidate> drawn = citizens.stream().map(this::candidate).toList();
    Set<String> drawnHouseholds = citizens.stream().map(Volunteer::household).collect(Collectors.toSet());
    List<Candidate> viable = new SeededRandom(seed, "alternates").shuffled(pool.stream()
        .filter(c -> !drawnHouseholds.contains(c.household()))
        .filter(c -> drawn.stream().anyMatch(seat -> fits(drawn, seat, c, citizenSeats, quotas)))
        .toList());
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate seat : new SeededRandom(seed, "alternate-seats").shuffled(drawn)) {
      if (chosen.size() < settings.citizenAlternates()
          && chosen.stream().noneMatch(a -> fits(drawn, seat, a, citizenSeats, quotas))) {
        viable.stream().filter(c -> !chosen.contains(c) && fits(drawn, seat, c, citizenSeats, quotas)).findFirst()
            .ifPresent(chosen::add);
      }
    }
    viable.stream().filter(c -> !chosen.contains(c)).limit(Math.max(0, settings.citizenAlternates() - chosen.size()))
        .forEach(chosen::add);
    List<Volunteer> citizenAlternates = chosen.stream().map(c -> byCandidate.get(c.id())).toList();

    // The chair: a citizen, by lot, so that the panel is led from the citizens' side.
    int chair = new SeededRandom(seed, "chair").nextInt(citizens.size());

    List<PanelMember> seats = new ArrayList<>();
    for (int i = 0; i < citizens.size(); i++) {
      PanelMember member = PanelMember.citizen(citizens.get(i), now);
      member.chair(i == chair);
      seats.add(member);
    }
    seatedOfficials.forEach(o -> seats.add(PanelMember.official(o, now)));
    composition.check(panel.officerUserId(), seats.stream().map(this::seat).toList());

    List<PanelAlternate> alternates = new ArrayList<>();
    for (int i = 0; i < citizenAlternates.size(); i++) {
      alternates.add(PanelAlternate.citizen(i + 1, citizenAlternates.get(i)));
    }
    for (int i = 0; i < officialAlternates.size(); i++) {
      alternates.add(PanelAlternate.official(i + 1, officialAlternates.get(i)));
    }
    if (drawNumber > 1) {
      panel.clearSeats();
      panels.flush();
    }
    panel.drawn(drawNumber, seed, now, actor, seats, alternates);
    if (panel.id() == null) {
      panels.save(panel);
    }
    panels.flush();

    List<PanelDraw.LotteryPanel> lotteryRows = new ArrayList<>();
    for (int p = 0; p < lottery.panels().size(); p++) {
      lotteryRows.add(new PanelDraw.LotteryPanel(lottery.panelProbabilities().get(p),
          String.join(",", lottery.panels().get(p))));
    }
    Set<Long> selected = citizens.stream().map(Volunteer::id).collect(Collectors.toSet());
    List<PanelDraw.Probability> probabilities = new ArrayList<>();
    lottery.probabilities().forEach((id, p) -> probabilities.add(
        new PanelDraw.Probability(Long.parseLong(id), p, selected.contains(Long.parseLong(id)), null)));
    excluded.forEach((id, reason) -> probabilities.add(new PanelDraw.Probability(id, 0, false, reason)));
    probabilities.sort(Comparator.comparing(PanelDraw.Probability::volunteerId));
    draws.save(new PanelDraw(panel.id(), drawNumber, seed, METHOD, citizenSeats, settings.officialSeats(),
        json(quotas), lotteryIndex, now, actor, lotteryRows, probabilities));

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("drawNumber", drawNumber);
    details.put("seed", seed);
    details.put("method", METHOD);
    details.put("quotas", quotas);
    details.put("citizenVolunteerIds", citizens.stream().map(Volunteer::id).toList());
    details.put("chairVolunteerId", citizens.get(chair).id());
    details.put("officialUserIds", seatedOfficials.stream().map(Official::userId).toList());
    details.put("citizenAlternateVolunteerIds", citizenAlternates.stream().map(Volunteer::id).toList());
    details.put("officialAlternateUserIds", officialAlternates.stream().map(Official::userId).toList());
    details.put("eligibleOfficialUserIds", eligibleOfficials.stream().map(Official::userId).toList());
    details.put("poolSize", pool.size());
    details.put("lotteryPanels", lottery.panels().size());
    details.put("lotteryIndex", lotteryIndex);
    details.put("lotteryDigest", HexFormat.of().formatHex(SeededRandom.sha256(json(lotteryRows.stream()
        .map(r -> r.probability() + ":" + r.volunteerIds()).toList()))));
    details.put("minimumProbability", lottery.probabilities().values().stream().mapToDouble(Double::doubleValue)
        .min().orElse(0));
    record.append(new Decision(panel.caseRef(), actor, "commissioning-officer",
        drawNumber == 1 ? "panel.drawn" : "panel.redrawn", "panel.sortition-leximin",
        citizens.size() + " citizens and " + seatedOfficials.size() + " officials drawn (draw " + drawNumber + ")",
        details));
    log.info("Panel of case {} drawn (draw {}, seed {}): {} feasible panels in the lottery", panel.caseRef(),
        drawNumber, seed, lottery.panels().size());

    return new DrawResult(panel.caseRef(), drawNumber, seed, METHOD,
        panel.members().stream().map(PanelMember::view).toList(),
        panel.alternates().stream().map(PanelAlternate::view).toList(),
        probabilities.stream().map(PanelDraw.Probability::view).toList(), lottery.panels().size());
  }

  /** Whether {@code candidate} may take {@code seat}'s place within the quotas and the household rule. */
  private static boolean fits(List<Candidate> panel, Candidate seat, Candidate candidate, int seats,
      Map<String, Map<String, Quota>> quotas) {
    List<Candidate> swapped = new ArrayList<>(panel);
    swapped.remove(seat);
    swapped.add(candidate);
    return Sortition.violations(swapped, seats, quotas).isEmpty();
  }

  // ---------------------------------------------------------------- confirm and change

  @Override
  public PanelView confirm(String caseRef, String actor) {
    Objects.requireNonNull(actor, "actor");
    Panel panel = find(caseRef);
    if (panel.confirmed()) {
      throw new BusinessRuleViolation("panel.already-confirmed", "The panel of case " + caseRef
          + " is already confirmed (rule panel.already-confirmed).");
    }
    Instant now = clock.instant();
    // The pool may have changed since the draw (a new supplier link, a new role): check again.
    composition.check(panel.officerUserId(), panel.activeMembers().stream().map(this::seat).toList());
    List<String> invited = new ArrayList<>();
    List<PanelAccount> accountsToSync = new ArrayList<>();
    for (PanelMember member : panel.activeMembers()) {
      accountsToSync.add(account(panel, member, now, invited));
    }
    panel.confirm(now, actor);
    panels.flush();
    events.publishEvent(new PanelMembershipChanged(panel.caseRef(), panel.caseTitle(), accountsToSync));

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("members", panel.activeMembers().stream().map(PanelManagement::memberDetails).toList());
    details.put("invitedUserIds", invited);
    details.put("drawNumber", panel.drawNumber());
    details.put("seed", panel.seed());
    record.append(new Decision(caseRef, actor, "commissioning-officer", "panel.confirmed", "panel.composition",
        "confirmed: " + panel.activeMembers(MemberKind.CITIZEN).size() + " citizens, "
            + panel.activeMembers(MemberKind.OFFICIAL).size() + " officials", details));
    return panel.view();
  }

  @Override
  public PanelView replaceWithAlternate(String caseRef, String memberUserId, String reason, String actor) {
    Objects.requireNonNull(actor, "actor");
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new IllegalArgumentException("A reason of 1 to 500 characters is required");
    }
    Panel panel = confirmed(caseRef);
    PanelMember leaving = activeMember(panel, memberUserId);
    Instant now = clock.instant();

    PanelMember arriving = null;
    for (PanelAlternate alternate : panel.alternates()) {
      if (alternate.used() || alternate.kind() != leaving.kind()) {
        continue;
      }
      PanelMember candidate = alternate.kind() == MemberKind.CITIZEN
          ? citizenReplacement(panel, leaving, alternate.volunteer(), now)
          : officialReplacement(panel, alternate.official(), now);
      if (candidate != null) {
        alternate.use();
        arriving = candidate;
        break;
      }
    }
    if (arriving == null) {
      throw new BusinessRuleViolation("panel.no-alternate", "No alternate can take the seat of " + memberUserId
          + " on the panel of case " + caseRef + " within the quotas and the composition rule (rule "
          + "panel.no-alternate).");
    }
    panel.seat(arriving);
    panels.flush();
    boolean wasChair = leaving.chair();
    leaving.replaced(now, reason.trim(), arriving.id());
    if (wasChair) {
      // A new chair by lot among the citizens now seated; the stream is named after the replacement.
      List<PanelMember> citizens = panel.activeMembers(MemberKind.CITIZEN).stream()
          .sorted(Comparator.comparing(PanelMember::personId)).toList();
      long replacements = panel.members().stream().filter(m -> !m.active()).count();
      citizens.get(new SeededRandom(panel.seed(), "chair/" + replacements).nextInt(citizens.size())).chair(true);
    }
    composition.check(panel.officerUserId(), panel.activeMembers().stream().map(this::seat).toList());
    List<String> invited = new ArrayList<>();
    List<PanelAccount> accountsToSync = new ArrayList<>();
    for (PanelMember member : panel.activeMembers()) {
      accountsToSync.add(account(panel, member, member == arriving ? now : null, invited));
    }
    panels.flush();
    events.publishEvent(new PanelMembershipChanged(panel.caseRef(), panel.caseTitle(), accountsToSync));

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("leavingUserId", memberUserId);
    details.put("arrivingUserId", arriving.userId());
    details.put("kind", arriving.kind().name());
    details.put("reason", reason.trim());
    details.put("chairUserId", panel.activeMembers().stream().filter(PanelMember::chair).map(PanelMember::userId)
        .findFirst().orElse(null));
    details.put("invitedUserIds", invited);
    record.append(new Decision(caseRef, actor, "commissioning-officer", "panel.member-replaced", "panel.replacement",
        memberUserId + " replaced by alternate " + arriving.userId(), details));
    return panel.view();
  }

  private PanelMember citizenReplacement(Panel panel, PanelMember leaving, Volunteer volunteer, Instant now) {
    if (!volunteer.active() || PanelComposition.citizenIneligibility(volunteer.userId(), volunteer.supplierLink(),
        groupsOf(volunteer.userId())) != null) {
      return null;
    }
    PanelDraw draw = draws.findFirstByPanelIdOrderByDrawNumberDesc(panel.id()).orElseThrow();
    Map<String, Map<String, Quota>> quotas = quotasOf(draw);
    List<Candidate> seated = panel.activeMembers(MemberKind.CITIZEN).stream().map(m -> candidate(m.volunteer()))
        .toList();
    if (seated.stream().anyMatch(c -> c.id().equals(String.valueOf(volunteer.id())))) {
      return null;
    }
    if (!fits(seated, candidate(leaving.volunteer()), candidate(volunteer), draw.citizenSeats(), quotas)) {
      return null;
    }
    return PanelMember.citizen(volunteer, now);
  }

  private PanelMember officialReplacement(Panel panel, Official official, Instant now) {
    boolean seated = panel.activeMembers().stream().anyMatch(m -> m.official() == official);
    if (seated || !official.active() || PanelComposition.officialIneligibility(official.userId(),
        official.supplierLink(), groupsOf(official.userId()), panel.officerUserId()) != null) {
      return null;
    }
    return PanelMember.official(official, now);
  }

  // ---------------------------------------------------------------- declarations

  @Override
  public DeclarationView declareConflict(String caseRef, String memberUserId, String bidderId, boolean hasConflict,
      String details) {
    return declareConflict(caseRef, memberUserId, bidderId, hasConflict, details, memberUserId);
  }

  @Override
  public DeclarationView declareConflict(String caseRef, String memberUserId, String bidderId, boolean hasConflict,
      String details, String declaredBy) {
    Objects.requireNonNull(declaredBy, "declaredBy");
    if (bidderId != null && (bidderId.isBlank() || bidderId.length() > 64)) {
      throw new IllegalArgumentException("A bidder id has 1 to 64 characters");
    }
    if (details != null && details.length() > 2000) {
      throw new IllegalArgumentException("Details have at most 2000 characters");
    }
    Panel panel = confirmed(caseRef);
    PanelMember member = activeMember(panel, memberUserId);
    Declaration declaration = declarations.save(new Declaration(panel.id(), member.id(), memberUserId, bidderId,
        hasConflict, details, clock.instant(), declaredBy));
    Map<String, Object> recorded = new LinkedHashMap<>();
    recorded.put("memberUserId", memberUserId);
    recorded.put("bidderId", bidderId);
    recorded.put("hasConflict", hasConflict);
    recorded.put("details", details);
    String role = declaredBy.equals(memberUserId)
        ? (member.kind() == MemberKind.CITIZEN ? "panel-citizen" : "panel-official") : "commissioning-officer";
    record.append(new Decision(caseRef, declaredBy, role, "panel.conflict-declared", "conflict-of-interest",
        (hasConflict ? "conflict" : "no conflict") + (bidderId == null ? " with the case" : " with bidder " + bidderId),
        recorded));
    return declaration.view(caseRef);
  }

  @Override
  @Transactional(readOnly = true)
  public List<DeclarationView> declarations(String caseRef) {
    Panel panel = find(caseRef);
    return declarations.findByPanelIdOrderById(panel.id()).stream().map(d -> d.view(caseRef)).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean hasDeclaredConflict(String caseRef, String memberUserId, String bidderId) {
    Panel panel = find(caseRef);
    // The latest declaration about the case, and about that bidder, count.
    Map<String, Boolean> latest = new LinkedHashMap<>();
    for (Declaration d : declarations.findByPanelIdAndMemberUserIdOrderById(panel.id(), memberUserId)) {
      latest.put(d.bidderId() == null ? "" : d.bidderId(), d.hasConflict());
    }
    return latest.getOrDefault("", false) || (bidderId != null && latest.getOrDefault(bidderId, false));
  }

  // ---------------------------------------------------------------- reading

  @Override
  @Transactional(readOnly = true)
  public PanelView panel(String caseRef) {
    return find(caseRef).view();
  }

  @Override
  @Transactional(readOnly = true)
  public List<ActiveMember> activeMembers(String caseRef) {
    return confirmed(caseRef).activeMembers().stream()
        .map(m -> new ActiveMember(m.userId(), m.kind(), m.chair())).toList();
  }

  // ---------------------------------------------------------------- helpers

  private Panel find(String caseRef) {
    requireCaseRef(caseRef);
    return panels.findByCaseRef(caseRef)
        .orElseThrow(() -> new NotFoundException("Case " + caseRef + " has no panel yet."));
  }

  private Panel confirmed(String caseRef) {
    Panel panel = find(caseRef);
    if (!panel.confirmed()) {
      throw new BusinessRuleViolation("panel.not-confirmed", "The panel of case " + caseRef
          + " is drawn but not confirmed yet (rule panel.not-confirmed).");
    }
    return panel;
  }

  private static PanelMember activeMember(Panel panel, String userId) {
    return panel.activeMembers().stream().filter(m -> Objects.equals(m.userId(), userId)).findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("panel.not-a-member", userId + " does not sit on the panel of case "
            + panel.caseRef() + " (rule panel.not-a-member)."));
  }

  /** The member's account for the identity service; gives a volunteer without a login one (recorded as invited). */
  private PanelAccount account(Panel panel, PanelMember member, Instant invitedAt, List<String> invited) {
    if (member.kind() == MemberKind.OFFICIAL) {
      Official o = member.official();
      return new PanelAccount(o.userId(), o.firstName(), o.lastName(), o.email(), MemberKind.OFFICIAL, false);
    }
    Volunteer v = member.volunteer();
    boolean newAccount = false;
    if (v.userId() == null && invitedAt != null) {
      v.assignUserId();
      member.invited(invitedAt);
      invited.add(v.userId());
      newAccount = true;
      // No e-mail is sent from here: the invitation is recorded on the seat and in the decision
      // record; an administrator sets the first password in Admin (docs: README, "Panel logins").
      log.info("Invitation recorded: volunteer {} gets the login {} for the panel of case {}", v.id(), v.userId(),
          panel.caseRef());
    }
    return new PanelAccount(v.userId(), v.firstName(), v.lastName(), v.email(), MemberKind.CITIZEN, newAccount);
  }

  private Seat seat(PanelMember member) {
    String userId = member.userId();
    if (member.kind() == MemberKind.CITIZEN) {
      Volunteer v = member.volunteer();
      return new Seat(MemberKind.CITIZEN, "volunteer:" + v.id(), v.name(), userId, v.supplierLink(),
          groupsOf(userId), member.chair());
    }
    Official o = member.official();
    return new Seat(MemberKind.OFFICIAL, "official:" + o.id(), o.name(), userId, o.supplierLink(), groupsOf(userId),
        member.chair());
  }

  private Set<String> groupsOf(String userId) {
    return userId == null ? Set.of() : accounts.groupsOf(userId);
  }

  private Candidate candidate(Volunteer v) {
    return new Candidate(String.valueOf(v.id()), v.household(), Map.of(Features.WARD, v.ward(), Features.AGE_BAND,
        v.ageBand(), Features.GENDER, v.gender(), settings.extraCategory(), v.extraFeature()));
  }

  private static Map<String, Object> memberDetails(PanelMember m) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("userId", m.userId());
    details.put("kind", m.kind().name());
    details.put("chair", m.chair());
    return details;
  }

  private static void requireCaseRef(String caseRef) {
    if (caseRef == null || caseRef.length() > 40 || !caseRef.matches(Features.CASE_REF)) {
      throw new IllegalArgumentException("A case reference is letters and digits in dash-separated parts, "
          + "at most 40 characters, e.g. C-2026-001");
    }
  }

  private static Map<String, Map<String, Quota>> canonical(Map<String, Map<String, Quota>> quotas) {
    Map<String, Map<String, Quota>> result = new TreeMap<>();
    quotas.forEach((category, values) -> result.put(category, new TreeMap<>(values)));
    return result;
  }

  private Map<String, Map<String, Quota>> quotasOf(PanelDraw draw) {
    try {
      return JSON.readValue(draw.quotas(), new TypeReference<>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The quotas of a recorded draw cannot be read", e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String newSeed() {
    byte[] bytes = new byte[16];
    SEEDS.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

}
