package nl.samenspel.cases.handover;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.cases.Cases;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.InformalOptionFirst;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.Partners;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.cases.VolunteerLimitsOverridden;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.partnerfacts.PartnerParties;
import nl.samenspel.partnerfacts.access.Refusal;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A handover of the case lead or of one task between formal and informal help: initiated, then accepted or
 * declined, then feedback returned. The receiving party must be allowed the case's personal data (R3: covenant,
 * undertaking), and a handover to informal help names a professional backstop who stays responsible.
 *
 * <p>An informal helper is answered for by the organisation they volunteer for: its professionals, informal
 * representative or system accept, decline and return feedback for them. The helper's own login cannot be told
 * from a colleague's yet: partner facts carry no link from an account to a person.
 */
@Aggregate
public class Handover {

    static final int ACCEPT_WITHIN_DAYS = 7;
    private static final ZoneId DUE_DATE_ZONE = ZoneId.of("Europe/Amsterdam");

    enum Status { INITIATED, ACCEPTED, DECLINED, FEEDBACK_RETURNED }

    @AggregateIdentifier
    private HandoverId handoverId;
    private HandoverInitiated initiated;
    private Status status;

    protected Handover() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    public Handover(InitiateHandover command, Cases cases, Partners partners, CasePermissions permissions,
            VolunteerLimits limits, PersonalDataVault vault, Clock clock) {
        refuseInvalid(command);
        Cases.CaseFacts facts = cases.find(command.caseId()).orElseThrow(
                () -> new AggregateNotFoundException(command.caseId().asString(), "no such case"));
        Party from = from(command, facts);
        Actor actor = command.actor();
        if (!permissions.handsOver(actor, facts, from)) {
            throw new NotPermitted("only the party handing over or the network's coordinator initiates a handover");
        }
        if (!facts.open()) {
            throw new RuleViolation("case-closed", "The case is closed.");
        }
        if (command.handedOver() == HandoverSubject.TASK && !facts.actions().get(command.actionId()).open()) {
            throw new RuleViolation("action-not-open", "The task is done or cancelled.");
        }
        Party to = command.to();
        if (to.equals(from)) {
            throw new InvalidField("toId", "is the party handing over");
        }
        OrganisationId receivingOrganisation = receivingOrganisation(to, partners);
        requireAccess(facts, to, permissions);
        KindOfHelp toHelp = partners.kindOfHelp(to);
        InformalOptionFirst.require(facts, toHelp, partners);
        requireBackstop(command.backstop(), toHelp, partners);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<VolunteerLimits.Limit> overridden = requireWithinLimits(command, facts, limits, permissions, now);
        apply(new HandoverInitiated(command.handoverId(), facts.caseId(), facts.networkId(), command.handedOver(),
                command.actionId(), from, to, receivingOrganisation,
                Partners.direction(partners.kindOfHelp(from), toHelp), command.backstop(), facts.legalBasis(), null,
                LocalDate.ofInstant(now, DUE_DATE_ZONE).plusDays(ACCEPT_WITHIN_DAYS), now));
        // After the event that creates the handover, which gives it its identity.
        if (!overridden.isEmpty()) {
            apply(new VolunteerLimitsOverridden(facts.caseId(), facts.networkId(),
                    VolunteerLimitsOverridden.Given.HANDOVER, command.handoverId().asString(), command.to(),
                    List.copyOf(overridden), vault.seal(facts.primaryClient().asString(),
                            command.limitsOverride().reason()), now));
        }
    }

    /**
     * "Tot zover en niet verder": a volunteer takes over only what their agreement allows, unless the network's
     * coordinator decides otherwise and says why. A task handed over is due when it was agreed to be (an overdue
     * one today); the case lead has no due day.
     *
     * @return the limits the coordinator overrides, to be recorded with the handover
     */
    private static Set<VolunteerLimits.Limit> requireWithinLimits(InitiateHandover command, Cases.CaseFacts facts,
            VolunteerLimits limits, CasePermissions permissions, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, DUE_DATE_ZONE);
        VolunteerLimits.Task task = command.handedOver() == HandoverSubject.CASE_LEAD
                ? VolunteerLimits.Task.open(command.task())
                : VolunteerLimits.Task.dueOn(command.task(), latest(today,
                        facts.actions().get(command.actionId()).dueOn()));
        return limits.require(command.to(), task, today, Optional.ofNullable(command.limitsOverride()),
                permissions.coordinates(command.actor(), facts.networkId()));
    }

    private static LocalDate latest(LocalDate today, LocalDate dueOn) {
        return dueOn == null || dueOn.isBefore(today) ? today : dueOn;
    }

    private static void refuseInvalid(InitiateHandover command) {
        if (command.handedOver() == null) {
            throw new InvalidField("handedOver", "must not be null");
        }
        if (command.handedOver() == HandoverSubject.TASK && command.actionId() == null) {
            throw new InvalidField("actionId", "is required for a task");
        }
        if (command.handedOver() == HandoverSubject.CASE_LEAD && command.actionId() != null) {
            throw new InvalidField("actionId", "must be empty for the case lead");
        }
        if (command.to() == null) {
            throw new InvalidField("toId", "must not be null");
        }
    }

    private static Party from(InitiateHandover command, Cases.CaseFacts facts) {
        if (command.handedOver() == HandoverSubject.CASE_LEAD) {
            return facts.lead();
        }
        Cases.ActionFacts action = facts.actions().get(command.actionId());
        if (action == null) {
            throw new InvalidField("actionId", "is not an action of this case");
        }
        return action.owner();
    }

    private static OrganisationId receivingOrganisation(Party to, Partners partners) {
        if (to.isOrganisation()) {
            if (partners.organisation(OrganisationId.of(to.id())).isEmpty()) {
                throw new InvalidField("toId", "is not a known organisation");
            }
            return OrganisationId.of(to.id());
        }
        PartnerParties.Person person = partners.person(PersonId.of(to.id()))
                .orElseThrow(() -> new InvalidField("toId", "is not a known person"));
        if (person.kind() == PersonKind.PROFESSIONAL) {
            throw new InvalidField("toId",
                    "is a professional, not an informal helper: hand over to their organisation");
        }
        return person.organisation().orElseThrow(() -> refusal(Refusal.NO_ORGANISATION));
    }

    /**
     * R3 before anything is shared. The receiving party counts as deployed: the handover is what deploys it, so
     * an outer-ring partner is not refused for not being on the case yet (R4), but still needs its covenant or
     * undertaking.
     */
    private static void requireAccess(Cases.CaseFacts facts, Party to, CasePermissions permissions) {
        permissions.refusalToReceive(facts, to).ifPresent(refusal -> {
            throw refusal(refusal);
        });
    }

    private static RuleViolation refusal(Refusal refusal) {
        String rule = refusal.rule().isEmpty() ? "" : " (" + refusal.rule() + ")";
        return new RuleViolation(refusal.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                refusal.explanation() + rule);
    }

    private static void requireBackstop(PersonId backstop, KindOfHelp toHelp, Partners partners) {
        if (backstop == null) {
            if (toHelp == KindOfHelp.INFORMAL) {
                throw new InvalidField("backstopId", "is required for a handover to informal help");
            }
            return;
        }
        boolean professional = partners.person(backstop).map(PartnerParties.Person::kind)
                .filter(PersonKind.PROFESSIONAL::equals).isPresent();
        if (!professional) {
            throw new InvalidField("backstopId", "is not a known professional");
        }
    }

    @CommandHandler
    void handle(AcceptHandover command, Cases cases, CasePermissions permissions, Clock clock) {
        requireReceiver(command.actor(), permissions);
        requireUnanswered();
        // Partner facts may have changed since the handover was initiated (a covenant or undertaking withdrawn).
        requireAccess(cases.find(initiated.caseId()).orElseThrow(
                () -> new AggregateNotFoundException(initiated.caseId().asString(), "no such case")),
                initiated.to(), permissions);
        apply(new HandoverAccepted(handoverId, initiated.caseId(), initiated.networkId(), initiated.handedOver(),
                initiated.actionId(), initiated.to(), initiated.legalBasis(), initiated.consentId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    @CommandHandler
    void handle(DeclineHandover command, CasePermissions permissions, Clock clock) {
        if (command.reason() == null) {
            throw new InvalidField("reason", "must not be null");
        }
        requireReceiver(command.actor(), permissions);
        requireUnanswered();
        apply(new HandoverDeclined(handoverId, initiated.caseId(), initiated.networkId(), initiated.to(),
                command.reason(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    /**
     * The text is about the client, so it is sealed under the case's primary client: erasing the client erases
     * the feedback too.
     */
    @CommandHandler
    void handle(ReturnHandoverFeedback command, Cases cases, CasePermissions permissions, PersonalDataVault vault,
            Clock clock) {
        String feedback = command.feedback();
        if (feedback == null || feedback.isBlank()) {
            throw new InvalidField("feedback", "must not be blank");
        }
        if (feedback.length() > ReturnHandoverFeedback.MAX_FEEDBACK_LENGTH) {
            throw new InvalidField("feedback",
                    "must be at most " + ReturnHandoverFeedback.MAX_FEEDBACK_LENGTH + " characters");
        }
        requireReceiver(command.actor(), permissions);
        if (status == Status.FEEDBACK_RETURNED) {
            throw new RuleViolation("feedback-already-returned", "Feedback on this handover was returned already.");
        }
        if (status != Status.ACCEPTED) {
            throw new RuleViolation("handover-not-accepted", "Feedback follows an accepted handover.");
        }
        ClientId client = cases.find(initiated.caseId()).map(Cases.CaseFacts::primaryClient).orElseThrow(
                () -> new IllegalStateException("the case of an accepted handover is gone"));
        apply(new HandoverFeedbackReturned(handoverId, initiated.caseId(), initiated.networkId(), initiated.to(),
                vault.seal(client.asString(), feedback), clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    /** The receiving organisation answers; an informal helper may also answer in person, with their own login. */
    private void requireReceiver(Actor actor, CasePermissions permissions) {
        if (!permissions.answersHandover(actor, initiated.receivingOrganisation(), initiated.to())) {
            throw new NotPermitted("only the receiving party answers a handover");
        }
    }

    private void requireUnanswered() {
        if (status != Status.INITIATED) {
            throw new RuleViolation("handover-already-answered",
                    "The handover was " + (status == Status.DECLINED ? "declined" : "accepted") + " already.");
        }
    }

    @EventSourcingHandler
    void on(HandoverInitiated event) {
        handoverId = event.handoverId();
        initiated = event;
        status = Status.INITIATED;
    }

    @EventSourcingHandler
    void on(HandoverAccepted event) {
        status = Status.ACCEPTED;
    }

    @EventSourcingHandler
    void on(HandoverDeclined event) {
        status = Status.DECLINED;
    }

    @EventSourcingHandler
    void on(HandoverFeedbackReturned event) {
        status = Status.FEEDBACK_RETURNED;
    }
}
