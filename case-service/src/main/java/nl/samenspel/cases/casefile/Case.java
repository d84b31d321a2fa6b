package nl.samenspel.cases.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Cases;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.cases.VolunteerLimitsOverridden;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.cases.client.SealedClientDetails;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.contracts.ActionStatus;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.partnerfacts.access.Refusal;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.shared.domain.DateWindow;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A case from opening to the follow-up review after closure: its clients (one family, one plan), the case team
 * and lead, conferences, actions, the informal option, informal help, the plan, aftercare and closure.
 *
 * <p>Who may do what is {@link CasePermissions}': whoever runs the case (the network's coordinator, the lead) decides
 * on its team, analysis, actions, informal option and help, plan, aftercare and closure; only the coordinator
 * tables it; an action's owner reviews its progress; a team member records bilateral handling they took part in.
 * An action's owner from outside the team is deployed on that action only, once partner facts allow it. Free text and client
 * details are sealed under the client's key before they are applied, so the event store holds no personal data
 * in clear and erasing the client erases them.
 */
@Aggregate
public class Case {

    public static final int MAX_TEXT_LENGTH = 4000;

    /** Calendar days (due dates, review dates) are Dutch days. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** A conference is planned up to a year ahead, or recorded up to a year after it was held. */
    static final DateWindow CONFERENCE_ON = DateWindow.years(1, 1);
    /** An action is due from today; plans look no further than five years ahead. */
    static final DateWindow DUE_ON = DateWindow.fromTodayYears(5);
    static final DateWindow NEXT_REVIEW_ON = DateWindow.afterTodayYears(5);
    static final DateWindow REVIEW_ON = DateWindow.afterTodayYears(5);
    static final DateWindow FOLLOW_UP_REVIEW_ON = DateWindow.afterTodayYears(5);

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    @AggregateIdentifier
    private CaseId caseId;
    private NetworkId networkId;
    private ClientId primaryClient;
    private LegalBasis legalBasis;
    private Party lead;
    private final Set<Party> team = new LinkedHashSet<>();
    private final Set<String> conferences = new HashSet<>();
    private final Map<ActionId, Party> actionOwners = new LinkedHashMap<>();
    private final Map<ActionId, LocalDate> actionDueOn = new LinkedHashMap<>();
    private final Set<ActionId> closedActions = new HashSet<>();
    private final Set<String> deployments = new HashSet<>();
    private final Set<String> goals = new HashSet<>();
    private InformalOptionOutcome informalOption;
    private LocalDate openedOn;
    private boolean closed;

    protected Case() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    public Case(OpenCase command, NetworkRules rules, CasePermissions permissions, PersonalDataVault vault,
            Clock clock) {
        if (command.networkId() == null) {
            throw new InvalidField("networkId", "must not be null");
        }
        NetworkRules.Network network = rules.find(command.networkId())
                .orElseThrow(() -> new InvalidField("networkId", "is not a known network"));
        if (command.actor() == null || !permissions.coordinates(command.actor(), command.networkId())) {
            throw new NotPermitted("Only the network's coordinator opens a case in it.");
        }
        LocalDate today = today(clock);
        refuseInvalidOpening(command, today);
        if (command.legalBasis() == LegalBasis.NONE_YET
                || !network.allowedLegalBases().contains(command.legalBasis())) {
            throw new RuleViolation("legal-basis-not-allowed",
                    "legalBasis " + command.legalBasis() + " is not allowed in this network; allowed: "
                            + network.allowedLegalBases().stream().filter(b -> b != LegalBasis.NONE_YET).toList());
        }
        Instant now = now(clock);
        Party coordinator = Party.organisation(command.actor().organisation().orElseThrow());
        apply(new CaseOpened(command.caseId(), command.networkId(), command.clientId(),
                SealedClientDetails.seal(vault, command.clientId(), command.client()), command.signalId(),
                command.clientKnownToServices(), List.copyOf(new LinkedHashSet<>(command.problemDomains())),
                command.acute(), command.presentation(), command.legalBasis(), coordinator, now));
        apply(new CaseTeamMemberAdded(command.caseId(), command.networkId(), coordinator, now));
        for (OpenCase.FamilyMember member : command.familyMembers()) {
            apply(new ClientAddedToCase(command.caseId(), command.networkId(), member.clientId(),
                    SealedClientDetails.seal(vault, member.clientId(), member.details()), now));
        }
    }

    private static void refuseInvalidOpening(OpenCase command, LocalDate today) {
        if (command.clientId() == null) {
            throw new InvalidField("clientId", "must not be null");
        }
        if (command.client() == null) {
            throw new InvalidField("client", "must not be null");
        }
        command.client().validate("client.", today);
        if (command.signalId() != null && !isUuid(command.signalId())) {
            throw new InvalidField("signalId", "is not a signal id");
        }
        if (command.problemDomains() == null || command.problemDomains().isEmpty()
                || command.problemDomains().stream().anyMatch(Objects::isNull)) {
            throw new InvalidField("problemDomains", "must name at least one problem domain");
        }
        required("presentation", command.presentation());
        required("legalBasis", command.legalBasis());
        if (command.familyMembers() == null) {
            throw new InvalidField("familyMembers", "must not be null");
        }
        Set<ClientId> ids = new HashSet<>(Set.of(command.clientId()));
        for (int i = 0; i < command.familyMembers().size(); i++) {
            OpenCase.FamilyMember member = command.familyMembers().get(i);
            String prefix = "familyMembers[" + i + "].";
            if (member == null || member.clientId() == null || member.details() == null) {
                throw new InvalidField("familyMembers[" + i + "]", "must name a client and their details");
            }
            if (!ids.add(member.clientId())) {
                throw new InvalidField(prefix + "clientId", "is already a client of this case");
            }
            member.details().validate(prefix, today);
        }
    }

    // ---- case team ----

    // AddCaseTeamMember, ChangeCaseLead and ReassignAction follow up an accepted referral or handover from a policy.
    // On a closed case (closed before the policy got to the acceptance) or a finished task they change nothing:
    // refusing could not undo the acceptance, and the policy's processor would retry the refusal for ever.

    @CommandHandler
    void handle(AddCaseTeamMember command, Clock clock) {
        required("party", command.party());
        if (closed || team.contains(command.party())) {
            return;
        }
        apply(new CaseTeamMemberAdded(caseId, networkId, command.party(), now(clock)));
    }

    @CommandHandler
    void handle(AssignToCaseTeam command, CasePermissions permissions, Clock clock) {
        requireRunner(command.actor(), permissions);
        requireOpen();
        required("party", command.party());
        if (team.contains(command.party())) {
            throw new RuleViolation("already-in-team", "The party is in the case team already.");
        }
        joinTeam(command.party(), permissions, now(clock));
    }

    @CommandHandler
    void handle(RemoveCaseTeamMember command, CasePermissions permissions, Clock clock) {
        requireRunner(command.actor(), permissions);
        requireOpen();
        required("party", command.party());
        if (!team.contains(command.party())) {
            throw new RuleViolation("not-in-team", "The party is not in the case team.");
        }
        if (command.party().equals(lead)) {
            throw new RuleViolation("lead-stays-in-team",
                    "The case lead cannot leave the team; hand the lead over first.");
        }
        boolean ownsOpenAction = actionOwners.entrySet().stream()
                .anyMatch(a -> a.getValue().equals(command.party()) && !closedActions.contains(a.getKey()));
        if (ownsOpenAction) {
            throw new RuleViolation("owns-open-actions",
                    "The party owns open actions; reassign or finish them before it leaves the team.");
        }
        apply(new CaseTeamMemberRemoved(caseId, networkId, command.party(), now(clock)));
    }

    @CommandHandler
    void handle(ChangeCaseLead command, Clock clock) {
        required("lead", command.lead());
        if (closed || command.lead().equals(lead)) {
            return;
        }
        Instant now = now(clock);
        if (!team.contains(command.lead())) {
            apply(new CaseTeamMemberAdded(caseId, networkId, command.lead(), now));
        }
        apply(new CaseLeadChanged(caseId, networkId, command.lead(), command.handoverId(), now));
    }

    @CommandHandler
    void handle(ReassignAction command, Clock clock) {
        required("owner", command.owner());
        required("actionId", command.actionId());
        Party owner = actionOwners.get(command.actionId());
        if (owner == null) {
            throw new InvalidField("actionId", "is not an action of this case");
        }
        if (closed || closedActions.contains(command.actionId()) || owner.equals(command.owner())) {
            return;
        }
        // The new owner was checked against partner facts when the handover was initiated (R3); owning the action
        // deploys them on it (R5) without making them a member of the team.
        apply(new ActionReassigned(caseId, networkId, command.actionId(), command.owner(), command.handoverId(),
                now(clock)));
    }

    // ---- case conference ----

    @CommandHandler
    void handle(TableCase command, CasePermissions permissions, Clock clock) {
        requireCoordinator(command.actor(), permissions);
        requireOpen();
        requireId("conferenceId", command.conferenceId());
        required("conferenceOn", command.conferenceOn());
        CONFERENCE_ON.require("conferenceOn", command.conferenceOn(), today(clock));
        if (command.conferenceOn().isBefore(openedOn)) {
            throw new InvalidField("conferenceOn", "must not be before the case was opened");
        }
        if (conferences.contains(command.conferenceId())) {
            throw new RuleViolation("already-tabled", "The case is on this conference's agenda already.");
        }
        apply(new CaseTabled(caseId, networkId, command.conferenceId(), command.conferenceOn(), now(clock)));
    }

    @CommandHandler
    void handle(RecordAnalysis command, CasePermissions permissions, PersonalDataVault vault, Clock clock) {
        requireRunner(command.actor(), permissions);
        requireOpen();
        requireTabled(command.conferenceId());
        requireText("analysis", command.analysis());
        apply(new CaseAnalysed(caseId, networkId, command.conferenceId(),
                vault.seal(primaryClient.asString(), command.analysis()), now(clock)));
    }

    @CommandHandler
    void handle(AgreeAction command, CasePermissions permissions, VolunteerLimits limits, PersonalDataVault vault,
            Clock clock) {
        requireRunner(command.actor(), permissions);
        requireOpen();
        required("actionId", command.actionId());
        requireText("description", command.description());
        if (command.owner() == null) {
            throw new InvalidField("owner", "an action is owned by exactly one party");
        }
        required("dueOn", command.dueOn());
        DUE_ON.require("dueOn", command.dueOn(), today(clock));
        if (command.conferenceId() != null) {
            requireTabled(command.conferenceId());
        }
        if (actionOwners.containsKey(command.actionId())) {
            throw new RuleViolation("already-exists", "An action with this id exists already.");
        }
        Instant now = now(clock);
        if (!team.contains(command.owner())) {
            // An owner from outside the team is deployed on this action only, and only if partner facts allow it
            // the case's data (R3 covenant or undertaking, R4 ring); it does not join the team.
            refuseUnlessMayReceive(command.owner(), permissions, "The action cannot be given to the party: ");
        }
        requireWithinLimits(VolunteerLimitsOverridden.Given.ACTION, command.actionId().asString(), command.owner(),
                VolunteerLimits.Task.dueOn(command.task(), command.dueOn()), command.limitsOverride(),
                command.actor(), permissions, limits, vault, clock);
        apply(new ActionAgreed(caseId, networkId, command.actionId(),
                vault.seal(primaryClient.asString(), command.description()), command.owner(), command.dueOn(),
                command.conferenceId(), now));
    }

    @CommandHandler
    void handle(ReviewActionProgress command, CasePermissions permissions, Clock clock) {
        required("actionId", command.actionId());
        Actor actor = command.actor();
        if (actor == null || !permissions.runsCase(actor, facts())
                && !permissions.ownsAction(actor, facts(), command.actionId())) {
            throw new NotPermitted("Only the action's owner, the network's coordinator and the case lead review an "
                    + "action's progress.");
        }
        requireOpen();
        requireOpenAction(command.actionId());
        required("status", command.status());
        apply(new ActionProgressReviewed(caseId, networkId, command.actionId(), command.status(), now(clock)));
    }

    @CommandHandler
    void handle(RecordBilateralHandling command, CasePermissions permissions, Clock clock) {
        Actor actor = command.actor();
        boolean tookPart = actor != null && Stream.of(command.firstParty(), command.secondParty())
                .anyMatch(party -> party != null && team.contains(party) && permissions.actsAs(actor, party));
        if (!tookPart) {
            requireRunner(actor, permissions);
        }
        requireOpen();
        required("firstParty", command.firstParty());
        required("secondParty", command.secondParty());
        if (command.firstParty().equals(command.secondParty())) {
            throw new InvalidField("secondParty", "must be another party than the first");
        }
        apply(new BilateralHandlingRecorded(caseId, networkId, command.firstParty(), command.secondParty(),
                now(clock)));
    }

    // ---- informal option and informal help ----

    @CommandHandler
    void handle(AssessInformalOption command, NetworkRules rules, CasePermissions permissions, Clock clock) {
        requireRunner(command.actor(), permissions);
        requireOpen();
        required("outcome", command.outcome());
        boolean formal = command.outcome() == InformalOptionOutcome.FORMAL_HELP;
        if (formal && command.formalHelpReason() == null) {
            throw new InvalidField("formalHelpReason", "is required when formal help is chosen");
        }
        if (!formal && command.formalHelpReason() != null) {
            throw new InvalidField("formalHelpReason", "is given only when formal help is chosen");
        }
        boolean mandatory = rules.find(networkId).map(NetworkRules.Network::informalOptionFirst).orElse(false);
        apply(new InformalOptionAssessed(caseId, networkId, command.outcome(), command.formalHelpReason(), mandatory,
                now(clock)));
    }

    @CommandHandler
    void handle(DeployInformalHelp command, CasePermissions permissions, VolunteerLimits limits,
            PersonalDataVault vault, Clock clock) {
        requireRunner(command.actor(), permissions);
        requireOpen();
        requireId("deploymentId", command.deploymentId());
        required("helper", command.helper());
        required("mode", command.mode());
        required("kind", command.kind());
        required("duration", command.duration());
        if (deployments.contains(command.deploymentId())) {
            throw new RuleViolation("already-exists", "A deployment with this id exists already.");
        }
        // Help without a due day: the agreement in force today, its tasks and the overload flag decide.
        requireWithinLimits(VolunteerLimitsOverridden.Given.INFORMAL_HELP, command.deploymentId(), command.helper(),
                VolunteerLimits.Task.open(command.task()), command.limitsOverride(), command.actor(), permissions,
                limits, vault, clock);
        Instant now = now(clock);
        if (!team.contains(command.helper())) {
            joinTeam(command.helper(), permissions, now);
        }
        apply(new InformalHelpDeployed(caseId, networkId, command.deploymentId(), command.helper(), command.mode(),
                command.kind(), command.duration(), now));
    }

    // ---- the plan, aftercare and closure ----

    @CommandHandler
    void handle(SetPlanGoal command, CasePermissions permissions, PersonalDataVault vault, Clock clock) {
        requireRunner(command.actor(), permissions);
        requireOpen();
        requireId("goalId", command.goalId());
        requireText("goal", command.goal());
        if (goals.contains(command.goalId())) {
            throw new RuleViolation("already-exists", "A goal with this id exists already.");
        }
        apply(new PlanGoalSet(caseId, networkId, command.goalId(), vault.seal(primaryClient.asString(), command.goal()),
                now(clock)));
    }

    @CommandHandler
    void handle(ReviewProgress command, CasePermissions permissions, Clock clock) {
        requireRunner(command.actor(), permissions);
        requireOpen();
        required("outcome", command.outcome());
        NEXT_REVIEW_ON.require("nextReviewOn", command.nextReviewOn(), today(clock));
        apply(new ProgressReviewed(caseId, networkId, command.outcome(), command.nextReviewOn(), now(clock)));
    }

    @CommandHandler
    void handle(StartAftercare command, CasePermissions permissions, VolunteerLimits limits,
            PersonalDataVault vault, Clock clock) {
        requireRunner(command.actor(), permissions);
        requireOpen();
        required("helper", command.helper());
        required("reviewOn", command.reviewOn());
        REVIEW_ON.require("reviewOn", command.reviewOn(), today(clock));
        // Keeping a finger on the pulse is an aftercare task up to the review: agreed, on a day available before
        // it, and not past the agreement's end.
        requireWithinLimits(VolunteerLimitsOverridden.Given.AFTERCARE, null, command.helper(),
                VolunteerLimits.Task.dueOn(VolunteerTask.AFTERCARE, command.reviewOn()), command.limitsOverride(),
                command.actor(), permissions, limits, vault, clock);
        Instant now = now(clock);
        if (!team.contains(command.helper())) {
            joinTeam(command.helper(), permissions, now);
        }
        apply(new AftercareStarted(caseId, networkId, command.helper(), command.reviewOn(), now));
    }

    @CommandHandler
    void handle(CloseCase command, CasePermissions permissions, Clock clock) {
        requireRunner(command.actor(), permissions);
        requireOpen();
        required("reason", command.reason());
        required("outcome", command.outcome());
        required("followUpReviewOn", command.followUpReviewOn());
        FOLLOW_UP_REVIEW_ON.require("followUpReviewOn", command.followUpReviewOn(), today(clock));
        apply(new CaseClosed(caseId, networkId, command.reason(), command.outcome(), command.followUpReviewOn(),
                now(clock)));
    }

    @CommandHandler
    void handle(ReviewFollowUp command, CasePermissions permissions, Clock clock) {
        requireRunner(command.actor(), permissions);
        if (!closed) {
            throw new RuleViolation("case-not-closed", "A follow-up review is held after the case was closed.");
        }
        required("outcome", command.outcome());
        apply(new FollowUpReviewed(caseId, networkId, command.outcome(), now(clock)));
    }

    /** What other aggregates may know of this case when they decide (see {@link Cases}). */
    public Cases.CaseFacts facts() {
        Map<ActionId, Cases.ActionFacts> actions = new LinkedHashMap<>();
        actionOwners.forEach((id, owner) ->
                actions.put(id, new Cases.ActionFacts(id, owner, actionDueOn.get(id),
                        !closedActions.contains(id))));
        return new Cases.CaseFacts(caseId, networkId, primaryClient, !closed, legalBasis, lead, Set.copyOf(team),
                Optional.ofNullable(informalOption), Map.copyOf(actions));
    }

    // ---- rules ----

    private void joinTeam(Party party, CasePermissions permissions, Instant now) {
        refuseUnlessMayReceive(party, permissions, "The party cannot join the case team: ");
        apply(new CaseTeamMemberAdded(caseId, networkId, party, now));
    }

    /** R3 and R4 before a party is given anything of the case, counting it as deployed on it. */
    private void refuseUnlessMayReceive(Party party, CasePermissions permissions, String why) {
        Optional<Refusal> refused = permissions.refusalToReceive(facts(), party);
        if (refused.isPresent()) {
            throw new RuleViolation(refused.get().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    why + refused.get().explanation());
        }
    }

    private void requireCoordinator(Actor actor, CasePermissions permissions) {
        if (actor == null || !permissions.coordinates(actor, networkId)) {
            throw new NotPermitted("Only the network's coordinator may do this on a case.");
        }
    }

    /** The network's coordinator or the case lead: team members work on the case, they do not run it. */
    private void requireRunner(Actor actor, CasePermissions permissions) {
        if (actor == null || !permissions.runsCase(actor, facts())) {
            throw new NotPermitted("Only the network's coordinator and the case lead may do this on a case.");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new RuleViolation("case-closed", "The case is closed; only its follow-up review can be recorded.");
        }
    }

    private void requireTabled(String conferenceId) {
        requireId("conferenceId", conferenceId);
        if (!conferences.contains(conferenceId)) {
            throw new InvalidField("conferenceId", "the case was not tabled at this conference");
        }
    }

    private Party requireOpenAction(ActionId actionId) {
        required("actionId", actionId);
        Party owner = actionOwners.get(actionId);
        if (owner == null) {
            throw new InvalidField("actionId", "is not an action of this case");
        }
        if (closedActions.contains(actionId)) {
            throw new RuleViolation("action-closed", "The action is done or cancelled.");
        }
        return owner;
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidField(field, "must not be null");
        }
    }

    private static void requireId(String field, String id) {
        if (!isUuid(id)) {
            throw new InvalidField(field, "is not an id (a UUID in lowercase)");
        }
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

    /** Free text may span lines; other control characters have no place in it. */
    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidField(field, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (CONTROL_CHARACTERS.matcher(text).find()) {
            throw new InvalidField(field, "must not contain control characters");
        }
    }

    /**
     * "Tot zover en niet verder": a volunteer is given only what their agreement allows, unless the network's
     * coordinator decides otherwise and says why; the override is recorded before what it gives.
     */
    private void requireWithinLimits(VolunteerLimitsOverridden.Given given, String givenId, Party party,
            VolunteerLimits.Task task, VolunteerLimits.Override override, Actor actor, CasePermissions permissions,
            VolunteerLimits limits, PersonalDataVault vault, Clock clock) {
        Set<VolunteerLimits.Limit> overridden = limits.require(party, task, today(clock), Optional.ofNullable(override),
                permissions.coordinates(actor, networkId));
        if (!overridden.isEmpty()) {
            apply(new VolunteerLimitsOverridden(caseId, networkId, given, givenId, party, List.copyOf(overridden),
                    vault.seal(primaryClient.asString(), override.reason()), now(clock)));
        }
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** Microseconds: the precision PostgreSQL keeps, so a read model and the published event agree. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    // ---- state ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        networkId = event.networkId();
        primaryClient = event.clientId();
        legalBasis = event.legalBasis();
        lead = event.lead();
        openedOn = LocalDate.ofInstant(event.openedAt(), ZONE);
    }

    @EventSourcingHandler
    void on(CaseTeamMemberAdded event) {
        team.add(event.party());
    }

    @EventSourcingHandler
    void on(CaseTeamMemberRemoved event) {
        team.remove(event.party());
    }

    @EventSourcingHandler
    void on(CaseLeadChanged event) {
        lead = event.lead();
    }

    @EventSourcingHandler
    void on(CaseTabled event) {
        conferences.add(event.conferenceId());
    }

    @EventSourcingHandler
    void on(ActionAgreed event) {
        actionOwners.put(event.actionId(), event.owner());
        actionDueOn.put(event.actionId(), event.dueOn());
    }

    @EventSourcingHandler
    void on(ActionReassigned event) {
        actionOwners.put(event.actionId(), event.owner());
    }

    @EventSourcingHandler
    void on(ActionProgressReviewed event) {
        if (event.status() == ActionStatus.DONE || event.status() == ActionStatus.CANCELLED) {
            closedActions.add(event.actionId());
        }
    }

    @EventSourcingHandler
    void on(InformalOptionAssessed event) {
        informalOption = event.outcome();
    }

    @EventSourcingHandler
    void on(InformalHelpDeployed event) {
        deployments.add(event.deploymentId());
    }

    @EventSourcingHandler
    void on(PlanGoalSet event) {
        goals.add(event.goalId());
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        closed = true;
    }
}
