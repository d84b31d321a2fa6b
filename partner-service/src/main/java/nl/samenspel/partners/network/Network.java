package nl.samenspel.partners.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.partners.Parties;
import nl.samenspel.partners.PartnerRules;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An OGGZ or neighbourhood network: its configuration, its informal representative, the organisations invited
 * into and sitting in its core (kern) and outer ring (schil), the informal parties represented instead, and which
 * members signed its privacy covenant.
 *
 * <p>Who may act is decided here, by {@link PartnerPermissions} with the actor each command carries, because only
 * the network knows its coordinator.
 */
@Aggregate
public class Network {

    @AggregateIdentifier
    private NetworkId networkId;
    private Parties.NetworkFacts facts;
    private NetworkConfiguration configuration;
    private PersonId representative;
    private final Map<OrganisationId, Placement> invitations = new HashMap<>();
    private final Map<OrganisationId, Placement> members = new HashMap<>();
    private final Set<OrganisationId> covenantSigned = new HashSet<>();
    private final Set<OrganisationId> represented = new HashSet<>();

    /** Where an organisation sits or is invited to sit, with the facts the ring rules need. */
    private record Placement(Ring ring, boolean informalParty, Sector sector) {

        Placement in(Ring other) {
            return new Placement(other, informalParty, sector);
        }
    }

    protected Network() {
        // Axon rebuilds the aggregate from its events.
    }

    /**
     * The command is checked here as well as at the API: every stored event is published as-is, so a network
     * the domain accepted must always fit the published schema, whoever sent it.
     */
    @CommandHandler
    public Network(RegisterNetwork command, Parties parties, PartnerPermissions permissions, Clock clock) {
        refuseInvalid(command);
        if (!permissions.mayRegisterNetworkFor(command.actor(), command.coordinatorOrganisation())) {
            throw new NotPermitted("A coordinator registers only a network their own organisation runs.");
        }
        Parties.OrganisationFacts coordinator = parties.organisation(command.coordinatorOrganisation())
                .orElseThrow(() -> new InvalidField("coordinatorOrganisation", "is not a registered organisation"));
        if (coordinator.kindOfHelp() != KindOfHelp.FORMAL) {
            throw new RuleViolation("coordinator-must-give-formal-help", "Organisation "
                    + command.coordinatorOrganisation() + " gives informal help; a network is coordinated by professionals.");
        }
        Instant now = PartnerRules.now(clock);
        apply(new NetworkRegistered(command.networkId(), command.name(), command.type(), command.municipalityCode(),
                command.coordinatorOrganisation(), now));
        apply(new NetworkConfigured(command.networkId(), command.configuration(), now));
    }

    private static void refuseInvalid(RegisterNetwork command) {
        PartnerRules.requireDisplayName("name", command.name());
        if (command.type() == null) {
            throw new InvalidField("type", "must not be null");
        }
        PartnerRules.requireMunicipalityCode("municipalityCode", command.municipalityCode());
        if (command.coordinatorOrganisation() == null) {
            throw new InvalidField("coordinatorOrganisation", "must not be null");
        }
        requireConfiguration(command.configuration());
    }

    private static void requireConfiguration(NetworkConfiguration configuration) {
        if (configuration == null) {
            throw new InvalidField("configuration", "must not be null");
        }
        configuration.requireValid();
    }

    @CommandHandler
    void handle(ConfigureNetwork command, PartnerPermissions permissions, Clock clock) {
        requireCoordinator(permissions, command.actor());
        requireConfiguration(command.configuration());
        if (command.configuration().equals(configuration)) {
            throw new RuleViolation("configuration-unchanged", "Network " + networkId + " is configured so already.");
        }
        members.forEach((organisation, placement) -> {
            try {
                command.configuration().requireAdmits(placement.informalParty(), placement.sector(), placement.ring(),
                        organisation);
            } catch (RuleViolation conflict) {
                throw new RuleViolation("configuration-conflicts-with-members", "Member " + organisation
                        + " would break the new configuration; move it or let it leave first. " + conflict.getMessage());
            }
        });
        apply(new NetworkConfigured(networkId, command.configuration(), PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(AppointInformalRepresentative command, Parties parties, PartnerPermissions permissions, Clock clock) {
        requireCoordinator(permissions, command.actor());
        if (command.personId() == null) {
            throw new InvalidField("personId", "must not be null");
        }
        Parties.PersonFacts person = parties.person(command.personId())
                .orElseThrow(() -> new InvalidField("personId", "is not a registered person"));
        OrganisationId organisation = person.organisationId().filter(members::containsKey)
                .orElseThrow(() -> new RuleViolation("representative-not-from-member",
                        "The informal representative must work for a member organisation of network " + networkId + "."));
        if (command.personId().equals(representative)) {
            throw new RuleViolation("already-representative", "This person is already the informal representative.");
        }
        apply(new InformalRepresentativeAppointed(networkId, command.personId(), organisation, PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(InviteOrganisation command, Parties parties, PartnerPermissions permissions, Clock clock) {
        requireCoordinator(permissions, command.actor());
        if (command.ring() == null) {
            throw new InvalidField("ring", "must not be null");
        }
        OrganisationId organisationId = requireOrganisationId(command.organisationId());
        Parties.OrganisationFacts organisation = parties.organisation(organisationId)
                .orElseThrow(() -> new InvalidField("organisationId", "is not a registered organisation"));
        refuseIfAlreadyTakingPart(organisationId);
        configuration.requireAdmits(organisation.isInformalParty(), organisation.sector(), command.ring(), organisationId);
        apply(new OrganisationInvited(networkId, organisationId, command.ring(), organisation.isInformalParty(),
                organisation.sector(), PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(JoinNetwork command, PartnerPermissions permissions, Clock clock) {
        OrganisationId organisationId = requireOrganisationId(command.organisationId());
        requireOrganisationOrCoordinator(permissions, command.actor(), organisationId);
        if (members.containsKey(organisationId)) {
            throw new RuleViolation("already-a-member", "Organisation " + organisationId + " is already a member.");
        }
        Placement invitation = invitations.get(organisationId);
        if (invitation == null) {
            throw new RuleViolation("not-invited",
                    "Organisation " + organisationId + " has no invitation to network " + networkId + ".");
        }
        // The network may have been reconfigured since the invitation.
        configuration.requireAdmits(invitation.informalParty(), invitation.sector(), invitation.ring(), organisationId);
        apply(new MemberJoined(networkId, organisationId, invitation.ring(), PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(MoveMember command, PartnerPermissions permissions, Clock clock) {
        requireCoordinator(permissions, command.actor());
        if (command.toRing() == null) {
            throw new InvalidField("ring", "must not be null");
        }
        OrganisationId organisationId = requireOrganisationId(command.organisationId());
        Placement member = requireMember(organisationId);
        if (member.ring() == command.toRing()) {
            throw new RuleViolation("already-in-ring",
                    "Organisation " + organisationId + " already sits in the " + member.ring() + " ring.");
        }
        configuration.requireAdmits(member.informalParty(), member.sector(), command.toRing(), organisationId);
        apply(new MemberMoved(networkId, organisationId, member.ring(), command.toRing(), PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(LeaveNetwork command, PartnerPermissions permissions, Clock clock) {
        if (command.reason() == null) {
            throw new InvalidField("reason", "must not be null");
        }
        OrganisationId organisationId = requireOrganisationId(command.organisationId());
        if (command.reason() == LeaveReason.REMOVED_BY_COORDINATOR) {
            requireCoordinator(permissions, command.actor());
        } else {
            requireOrganisationOrCoordinator(permissions, command.actor(), organisationId);
        }
        Placement member = requireMember(organisationId);
        apply(new MemberLeft(networkId, organisationId, member.ring(), command.reason(), PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(RepresentInformalParty command, Parties parties, PartnerPermissions permissions, Clock clock) {
        requireCoordinator(permissions, command.actor());
        OrganisationId organisationId = requireOrganisationId(command.organisationId());
        Parties.OrganisationFacts organisation = parties.organisation(organisationId)
                .orElseThrow(() -> new InvalidField("organisationId", "is not a registered organisation"));
        if (!organisation.isInformalParty()) {
            throw new RuleViolation("not-an-informal-party", "Organisation " + organisationId
                    + " is a formal organisation; only informal parties are represented.");
        }
        if (representative == null) {
            throw new RuleViolation("no-informal-representative",
                    "Network " + networkId + " has no informal representative yet; appoint one first.");
        }
        refuseIfAlreadyTakingPart(organisationId);
        apply(new InformalPartyRepresented(networkId, organisationId, representative, PartnerRules.now(clock)));
    }

    /**
     * The signatory is who signs, not whom the client names: a professional of the organisation signing as themself,
     * or the professional the organisation's own system records. The level must be one the network's type accepts.
     */
    @CommandHandler
    void handle(SignCovenant command, Parties parties, PartnerPermissions permissions, NetworkTypeCatalogue types,
            Clock clock) {
        if (command.level() == null) {
            throw new InvalidField("level", "must not be null");
        }
        OrganisationId organisationId = requireOrganisationId(command.organisationId());
        if (!permissions.maySignCovenantFor(command.actor(), organisationId)) {
            throw new NotPermitted("Only the organisation itself signs its covenant.");
        }
        requireMember(organisationId);
        if (covenantSigned.contains(organisationId)) {
            throw new RuleViolation("covenant-already-signed",
                    "Organisation " + organisationId + " has already signed the covenant of network " + networkId + ".");
        }
        PersonId signatoryId = permissions.covenantSignatory(command.actor(),
                Optional.ofNullable(command.namedSignatory())).orElseThrow(() -> new NotPermitted(
                        "A covenant is signed by a professional of the organisation as themself, or recorded by the "
                                + "organisation's own system naming its signatory."));
        Parties.PersonFacts signatory = parties.person(signatoryId)
                .orElseThrow(() -> new InvalidField("signatoryId", "is not a registered person"));
        if (signatory.organisationId().filter(organisationId::equals).isEmpty()) {
            throw new NotPermitted("The signatory is not a person of the organisation.");
        }
        if (!signatory.isProfessional()) {
            throw new RuleViolation("signatory-not-a-professional",
                    "Person " + signatoryId + " is not a professional; an organisation signs through one.");
        }
        Set<SignatoryLevel> accepted = types.defaults(facts.type()).acceptedSignatoryLevels();
        if (!accepted.contains(command.level())) {
            throw new RuleViolation("signatory-level-not-accepted", "Network " + networkId + " accepts a covenant "
                    + "signed at level " + accepted.stream().map(Enum::name).sorted().toList() + " only.");
        }
        apply(new CovenantSigned(networkId, organisationId, signatoryId, command.level(), PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(WithdrawFromCovenant command, PartnerPermissions permissions, Clock clock) {
        OrganisationId organisationId = requireOrganisationId(command.organisationId());
        requireOrganisationOrCoordinator(permissions, command.actor(), organisationId);
        requireMember(organisationId);
        if (!covenantSigned.contains(organisationId)) {
            throw new RuleViolation("covenant-not-signed",
                    "Organisation " + organisationId + " has not signed the covenant of network " + networkId + ".");
        }
        apply(new CovenantWithdrawn(networkId, organisationId, PartnerRules.now(clock)));
    }

    private void requireCoordinator(PartnerPermissions permissions, Actor actor) {
        if (!permissions.coordinates(actor, facts)) {
            throw new NotPermitted("Only the coordinator of network " + networkId + " manages it.");
        }
    }

    private void requireOrganisationOrCoordinator(PartnerPermissions permissions, Actor actor,
            OrganisationId organisationId) {
        if (!permissions.actsForMember(actor, organisationId, facts)) {
            // The organisation id is the caller's to choose: a refusal does not repeat it.
            throw new NotPermitted("Only the organisation itself or the coordinator of network " + networkId
                    + " acts for it here.");
        }
    }

    private static OrganisationId requireOrganisationId(OrganisationId organisationId) {
        if (organisationId == null) {
            throw new InvalidField("organisationId", "must not be null");
        }
        return organisationId;
    }

    private Placement requireMember(OrganisationId organisationId) {
        Placement member = members.get(organisationId);
        if (member == null) {
            throw new RuleViolation("not-a-member",
                    "Organisation " + organisationId + " is not a member of network " + networkId + ".");
        }
        return member;
    }

    private void refuseIfAlreadyTakingPart(OrganisationId organisationId) {
        if (members.containsKey(organisationId)) {
            throw new RuleViolation("already-a-member", "Organisation " + organisationId + " is already a member.");
        }
        if (invitations.containsKey(organisationId)) {
            throw new RuleViolation("already-invited", "Organisation " + organisationId + " is already invited.");
        }
        if (represented.contains(organisationId)) {
            throw new RuleViolation("already-represented",
                    "Organisation " + organisationId + " is represented by the informal representative.");
        }
    }

    /** What other aggregates may know of this network when they decide. */
    public Parties.NetworkFacts facts() {
        return facts;
    }

    @EventSourcingHandler
    void on(NetworkRegistered event) {
        networkId = event.networkId();
        facts = new Parties.NetworkFacts(event.networkId(), event.type(), event.coordinatorOrganisation());
    }

    @EventSourcingHandler
    void on(NetworkConfigured event) {
        configuration = event.configuration();
    }

    @EventSourcingHandler
    void on(InformalRepresentativeAppointed event) {
        representative = event.personId();
    }

    @EventSourcingHandler
    void on(OrganisationInvited event) {
        invitations.put(event.organisationId(), new Placement(event.ring(), event.informalParty(), event.sector()));
    }

    @EventSourcingHandler
    void on(MemberJoined event) {
        members.put(event.organisationId(), invitations.remove(event.organisationId()).in(event.ring()));
    }

    @EventSourcingHandler
    void on(MemberMoved event) {
        members.computeIfPresent(event.organisationId(), (id, member) -> member.in(event.toRing()));
    }

    @EventSourcingHandler
    void on(MemberLeft event) {
        members.remove(event.organisationId());
        covenantSigned.remove(event.organisationId());
    }

    @EventSourcingHandler
    void on(InformalPartyRepresented event) {
        represented.add(event.organisationId());
    }

    @EventSourcingHandler
    void on(CovenantSigned event) {
        covenantSigned.add(event.organisationId());
    }

    @EventSourcingHandler
    void on(CovenantWithdrawn event) {
        covenantSigned.remove(event.organisationId());
    }
}
