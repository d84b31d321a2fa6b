package nl.samenspel.partners.people;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Sector;
import nl.samenspel.partners.Parties;
import nl.samenspel.partners.PartnerRules;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A professional or informal helper (mantelzorger, volunteer, buddy, peer expert, key resident). A
 * family carer may belong to no organisation; everyone else works or volunteers for one. Self-help
 * groups keep no roster, so nobody can be registered with one. Informal helpers have no professional
 * secrecy: they sign a confidentiality undertaking per network before they may see personal data (R3).
 */
@Aggregate
public class Person {

    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,190}\\.[a-zA-Z]{2,24}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @AggregateIdentifier
    private PersonId personId;
    private Parties.PersonFacts facts;
    private final Set<NetworkId> undertakings = new HashSet<>();

    protected Person() {
        // Axon rebuilds the aggregate from its events.
    }

    /**
     * The kind decides whether the undertaking rule (R3) applies to the person, and a login makes its holder this
     * person everywhere: both are taken only from whoever administers the organisation's people.
     */
    @CommandHandler
    public Person(RegisterPerson command, Parties parties, PartnerPermissions permissions, Clock clock) {
        refuseInvalid(command);
        if (!permissions.mayRegister(command.actor(), Optional.ofNullable(command.organisationId()), command.kind(),
                command.accountId() != null)) {
            throw new NotPermitted(command.kind() == PersonKind.PROFESSIONAL || command.accountId() != null
                    ? "Only the organisation's own system, a coordinator of that organisation or the platform "
                            + "operator registers a professional or links a login."
                    : "Only the person's organisation registers them.");
        }
        if (command.organisationId() == null) {
            if (command.kind() != PersonKind.FAMILY_CARER) {
                throw new InvalidField("organisationId", "must be given for everyone but a family carer");
            }
        } else {
            Parties.OrganisationFacts organisation = parties.organisation(command.organisationId())
                    .orElseThrow(() -> new InvalidField("organisationId", "is not a registered organisation"));
            refuseMismatch(command.kind(), organisation);
        }
        Instant now = PartnerRules.now(clock);
        apply(new PersonRegistered(command.personId(), command.kind(), command.organisationId(), command.name(),
                command.email(), command.phone(), command.accountId(), now));
        if (command.accountId() != null) {
            apply(new PersonAccountLinked(command.personId(), command.accountId(), now));
        }
    }

    /**
     * Whoever holds the login is then this person to every service (their tasks, their handovers), so only those who
     * administer the organisation's people bind one: not the person themself and not any professional of it.
     * Linking the same login again changes nothing, as a repeated PUT should; a person already linked to another
     * login keeps it, so nobody inherits a volunteer's tasks by re-pointing their record.
     */
    @CommandHandler
    void handle(LinkPersonAccount command, PartnerPermissions permissions, Clock clock) {
        if (!permissions.mayLinkLogin(command.actor(), facts)) {
            throw new NotPermitted("Only the organisation's own system, a coordinator of that organisation or the "
                    + "platform operator links a person's login.");
        }
        if (command.accountId() == null || !ACCOUNT.matcher(command.accountId()).matches()) {
            throw new InvalidField("accountId", "is not an account id");
        }
        if (facts.accountId().filter(command.accountId()::equals).isPresent()) {
            return;
        }
        if (facts.accountId().isPresent()) {
            throw new RuleViolation("person-already-linked",
                    "Person " + personId + " is already linked to a login; it is not re-pointed to another.");
        }
        apply(new PersonAccountLinked(personId, command.accountId(), PartnerRules.now(clock)));
    }

    /**
     * The person themself, their organisation on their behalf (the undertaking is usually signed on paper at the
     * volunteer organisation and recorded by it), or the coordinator of the network it is given to.
     */
    @CommandHandler
    void handle(SignConfidentialityUndertaking command, Parties parties, PartnerPermissions permissions,
            Clock clock) {
        if (command.networkId() == null) {
            throw new InvalidField("networkId", "must not be null");
        }
        Parties.NetworkFacts network = parties.network(command.networkId())
                .orElseThrow(() -> new InvalidField("networkId", "is not a registered network"));
        if (!permissions.maySignUndertakingFor(command.actor(), facts, network)) {
            throw new NotPermitted("Only the person, their organisation or the network's coordinator records their "
                    + "confidentiality undertaking.");
        }
        if (facts.isProfessional()) {
            throw new RuleViolation("undertaking-is-for-informal-helpers",
                    "Person " + personId + " is a professional, bound by professional secrecy and the covenant.");
        }
        if (undertakings.contains(command.networkId())) {
            throw new RuleViolation("undertaking-already-signed",
                    "Person " + personId + " already signed the undertaking for network " + command.networkId() + ".");
        }
        apply(new ConfidentialityUndertakingSigned(personId, command.networkId(), PartnerRules.now(clock)));
    }

    private static void refuseInvalid(RegisterPerson command) {
        if (command.kind() == null) {
            throw new InvalidField("kind", "must not be null");
        }
        PartnerRules.requireDisplayName("name", command.name());
        if (command.email() != null && !EMAIL.matcher(command.email()).matches()) {
            throw new InvalidField("email", "is not an e-mail address");
        }
        if (command.phone() != null && !PHONE.matcher(command.phone()).matches()) {
            throw new InvalidField("phone", "is not a phone number");
        }
        if (command.accountId() != null && !ACCOUNT.matcher(command.accountId()).matches()) {
            throw new InvalidField("accountId", "is not an account id");
        }
    }

    private static void refuseMismatch(PersonKind kind, Parties.OrganisationFacts organisation) {
        // A lotgenoot is never a person here: a self-help group is anonymous by nature.
        if (organisation.sector() == Sector.SELF_HELP) {
            throw new RuleViolation("self-help-group-has-no-members",
                    "Organisation " + organisation.organisationId()
                            + " is a self-help group; it keeps no member data.");
        }
        if (kind == PersonKind.PROFESSIONAL && organisation.organisationType() == OrganisationType.VOLUNTEERS_ONLY) {
            throw new RuleViolation("no-professionals-in-volunteer-organisation",
                    "Organisation " + organisation.organisationId() + " is run by volunteers only.");
        }
    }

    /** What other aggregates may know of this person when they decide. */
    public Parties.PersonFacts facts() {
        return facts;
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
        facts = new Parties.PersonFacts(event.personId(), event.kind(), Optional.ofNullable(event.organisationId()),
                Optional.ofNullable(event.accountId()));
    }

    @EventSourcingHandler
    void on(PersonAccountLinked event) {
        facts = new Parties.PersonFacts(facts.personId(), facts.kind(), facts.organisationId(),
                Optional.of(event.accountId()));
    }

    @EventSourcingHandler
    void on(ConfidentialityUndertakingSigned event) {
        undertakings.add(event.networkId());
    }
}
