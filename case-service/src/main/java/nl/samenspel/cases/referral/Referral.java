package nl.samenspel.cases.referral;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import nl.samenspel.cases.Cases;
import nl.samenspel.cases.InformalOptionFirst;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.Partners;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ReferralTarget;
import nl.samenspel.contracts.Sector;
import nl.samenspel.partnerfacts.PartnerParties;
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
 * A referral of a case to an organisation or another network: made, then accepted or declined with a reason,
 * then completed. A referral to a self-help group is recorded as made and nothing follows: groups keep no
 * members, so there is nobody to accept it and nothing to report back.
 */
@Aggregate
public class Referral {

    /** Working days are not modelled; ten calendar days give a partner two working weeks to answer. */
    static final int ANSWER_WITHIN_DAYS = 10;
    private static final ZoneId DUE_DATE_ZONE = ZoneId.of("Europe/Amsterdam");

    enum Status { MADE, ACCEPTED, DECLINED, COMPLETED }

    @AggregateIdentifier
    private ReferralId referralId;
    private ReferralMade made;
    private Status status;

    protected Referral() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    public Referral(MakeReferral command, Cases cases, Partners partners, CasePermissions permissions,
            Clock clock) {
        if (command.target() == null) {
            throw new InvalidField("target", "must not be null");
        }
        if (command.target() == ReferralTarget.ORGANISATION ? !OrganisationId.isValid(command.targetId())
                : !NetworkId.isValid(command.targetId())) {
            throw new InvalidField("targetId", "is not an " + (command.target() == ReferralTarget.ORGANISATION
                    ? "organisation id" : "network id"));
        }
        Cases.CaseFacts facts = cases.find(command.caseId()).orElseThrow(
                () -> new AggregateNotFoundException(command.caseId().asString(), "no such case"));
        Actor actor = command.actor();
        if (!permissions.refersCase(actor, facts)) {
            throw new NotPermitted("only the network's coordinator or the case lead refers a case");
        }
        if (!facts.open()) {
            throw new RuleViolation("case-closed", "The case is closed.");
        }
        OrganisationId from = actor.organisation().orElseThrow();
        Target target = target(command, facts, from, partners, permissions);
        KindOfHelp fromHelp = partners.kindOfHelp(Party.organisation(from));
        InformalOptionFirst.require(facts, target.help(), partners);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate answerDueOn = target.selfHelpGroup() ? null
                : LocalDate.ofInstant(now, DUE_DATE_ZONE).plusDays(ANSWER_WITHIN_DAYS);
        apply(new ReferralMade(command.referralId(), facts.caseId(), facts.networkId(), from, command.target(),
                command.targetId(), target.selfHelpGroup(), Partners.direction(fromHelp, target.help()),
                facts.legalBasis(), null, answerDueOn, now));
    }

    private record Target(KindOfHelp help, boolean selfHelpGroup) {
    }

    private static Target target(MakeReferral command, Cases.CaseFacts facts, OrganisationId from,
            Partners partners, CasePermissions permissions) {
        if (command.target() == ReferralTarget.NETWORK) {
            NetworkId network = NetworkId.of(command.targetId());
            if (network.equals(facts.networkId())) {
                throw new InvalidField("targetId", "is the case's own network");
            }
            if (!partners.isKnownNetwork(network)) {
                throw new InvalidField("targetId", "is not a known network");
            }
            // Networks are run by professionals: another network takes a case in as formal help.
            return new Target(KindOfHelp.FORMAL, false);
        }
        OrganisationId organisation = OrganisationId.of(command.targetId());
        if (organisation.equals(from)) {
            throw new InvalidField("targetId", "is the referring organisation itself");
        }
        Optional<PartnerParties.Organisation> known = partners.organisation(organisation);
        if (known.isEmpty()) {
            throw new InvalidField("targetId", "is not a known organisation");
        }
        boolean selfHelpGroup = known.get().sector() == Sector.SELF_HELP;
        // A self-help group is told nothing of the case (the referral is recorded as referred only); any other
        // organisation would receive it once it accepts, so it must be allowed the case's data (R3, R4).
        if (!selfHelpGroup) {
            requireMayReceive(facts, organisation, permissions);
        }
        return new Target(known.get().kindOfHelp(), selfHelpGroup);
    }

    private static void requireMayReceive(Cases.CaseFacts facts, OrganisationId organisation,
            CasePermissions permissions) {
        permissions.refusalToReceive(facts, Party.organisation(organisation)).ifPresent(refusal -> {
            String rule = refusal.rule().isEmpty() ? "" : " (" + refusal.rule() + ")";
            throw new RuleViolation(refusal.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "targetId names an organisation that may not receive this case: " + refusal.explanation()
                            + rule);
        });
    }

    @CommandHandler
    void handle(AcceptReferral command, Cases cases, CasePermissions permissions, Clock clock) {
        refuseFollowUpOfSelfHelpGroup();
        requireReceiver(command.actor(), permissions);
        requireUnanswered();
        if (made.target() == ReferralTarget.ORGANISATION) {
            // Partner facts may have changed since the referral was made (a covenant withdrawn, a member left).
            Cases.CaseFacts facts = cases.find(made.caseId()).orElseThrow(
                    () -> new AggregateNotFoundException(made.caseId().asString(), "no such case"));
            requireMayReceive(facts, OrganisationId.of(made.targetId()), permissions);
        }
        apply(new ReferralAccepted(referralId, made.caseId(), made.networkId(), made.target(), made.targetId(),
                made.legalBasis(), made.consentId(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    @CommandHandler
    void handle(DeclineReferral command, CasePermissions permissions, Clock clock) {
        if (command.reason() == null) {
            throw new InvalidField("reason", "must not be null");
        }
        refuseFollowUpOfSelfHelpGroup();
        requireReceiver(command.actor(), permissions);
        requireUnanswered();
        apply(new ReferralDeclined(referralId, made.caseId(), made.networkId(), made.targetId(), command.reason(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    @CommandHandler
    void handle(CompleteReferral command, CasePermissions permissions, Clock clock) {
        refuseFollowUpOfSelfHelpGroup();
        Actor actor = command.actor();
        if (!permissions.completesReferral(actor, made.target(), made.targetId(), made.fromOrganisation(),
                made.networkId())) {
            throw new NotPermitted("only the receiving party, the referrer or the network's coordinator completes "
                    + "a referral");
        }
        if (status == Status.COMPLETED) {
            throw new RuleViolation("referral-already-completed", "The referral was completed already.");
        }
        if (status != Status.ACCEPTED) {
            throw new RuleViolation("referral-not-accepted", "Only an accepted referral can be completed.");
        }
        apply(new ReferralCompleted(referralId, made.caseId(), made.networkId(), made.targetId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    private void refuseFollowUpOfSelfHelpGroup() {
        if (made.selfHelpGroup()) {
            throw new RuleViolation("self-help-referral-has-no-follow-up",
                    "A referral to a self-help group is recorded as referred and nothing more.");
        }
    }

    private void requireReceiver(Actor actor, CasePermissions permissions) {
        if (!permissions.answersReferral(actor, made.target(), made.targetId())) {
            throw new NotPermitted("only the receiving organisation or the receiving network's coordinator answers "
                    + "a referral");
        }
    }

    private void requireUnanswered() {
        if (status != Status.MADE) {
            throw new RuleViolation("referral-already-answered",
                    "The referral was " + status.name().toLowerCase(Locale.ROOT) + " already.");
        }
    }

    @EventSourcingHandler
    void on(ReferralMade event) {
        referralId = event.referralId();
        made = event;
        status = Status.MADE;
    }

    @EventSourcingHandler
    void on(ReferralAccepted event) {
        status = Status.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReferralDeclined event) {
        status = Status.DECLINED;
    }

    @EventSourcingHandler
    void on(ReferralCompleted event) {
        status = Status.COMPLETED;
    }
}
