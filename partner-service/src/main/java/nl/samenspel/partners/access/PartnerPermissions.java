package nl.samenspel.partners.access;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.partners.Parties;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in partner-service, and the only class here that reads an actor's roles. Controllers name one of
 * the {@code @PreAuthorize} expressions below (which roles get as far as a rule at all); aggregates, controllers and
 * read models then ask one of the named rules, with the facts only they hold (a network's coordinator, a person's
 * organisation and login).
 *
 * <p>Two words carry most rules. An actor <em>speaks for</em> an organisation when they are its partner system or
 * one of its professionals (a coordinator is a professional of the organisation running the network). An actor
 * <em>administers the people of</em> an organisation when they are its own partner system (its personnel or volunteer
 * administration), a coordinator of that organisation or the platform operator: only they vouch that someone is a
 * professional and bind a login to a person, because whoever holds that login is then that person to every service.
 * A coordinator of a network reads the people of its members, and administers none of them.
 */
@Component
public class PartnerPermissions {

    /** Every signed-in role: reads that name organisations, networks and services but no person. */
    public static final String SIGNED_IN = "isAuthenticated()";
    /** Network coordinators: running their own network. */
    public static final String COORDINATORS = "hasRole('" + Roles.NETWORK_COORDINATOR + "')";
    /** Coordinators onboard organisations; a partner system registers its own. */
    public static final String ONBOARDERS = "hasAnyRole('" + Roles.NETWORK_COORDINATOR + "', '" + Roles.PARTNER_SYSTEM
            + "')";
    /** Those who may speak for an organisation: its system, its professionals, coordinators. */
    public static final String ORGANISATION_PARTIES = "hasAnyRole('" + Roles.NETWORK_COORDINATOR + "', '"
            + Roles.PARTNER_SYSTEM + "', '" + Roles.PROFESSIONAL + "')";
    /** The organisation parties and the platform operator, who onboards an organisation's people for it. */
    public static final String PEOPLE_REGISTRARS = "hasAnyRole('" + Roles.NETWORK_COORDINATOR + "', '"
            + Roles.PARTNER_SYSTEM + "', '" + Roles.PROFESSIONAL + "', '" + Roles.PLATFORM_OPERATOR + "')";
    /** Those who may bind a login to a person: partner systems, coordinators, the platform operator. */
    public static final String LOGIN_ADMINISTRATORS = "hasAnyRole('" + Roles.NETWORK_COORDINATOR + "', '"
            + Roles.PARTNER_SYSTEM + "', '" + Roles.PLATFORM_OPERATOR + "')";
    /** The organisation parties and volunteers, who act for themselves (their undertaking, their agreement). */
    public static final String ORGANISATION_PARTIES_AND_VOLUNTEERS = "hasAnyRole('" + Roles.NETWORK_COORDINATOR
            + "', '" + Roles.PARTNER_SYSTEM + "', '" + Roles.PROFESSIONAL + "', '" + Roles.VOLUNTEER + "')";
    /** Coaches are professionals; coordinators clear flags too. */
    public static final String COACHES = "hasAnyRole('" + Roles.NETWORK_COORDINATOR + "', '" + Roles.PROFESSIONAL
            + "')";
    /** Volunteers reading what concerns themselves. */
    public static final String VOLUNTEERS = "hasRole('" + Roles.VOLUNTEER + "')";

    private final NetworkReach reach;

    public PartnerPermissions(NetworkReach reach) {
        this.reach = reach;
    }

    /** The network's own coordinator: a coordinator of the organisation that runs it, nobody else of it. */
    public boolean coordinates(Actor actor, Parties.NetworkFacts network) {
        return actor.hasRole(Roles.NETWORK_COORDINATOR)
                && actor.organisation().filter(network.coordinatorOrganisation()::equals).isPresent();
    }

    /** Registers networks for their own organisation; whether it runs that network is for the network to say. */
    public boolean mayRegisterNetworkFor(Actor actor, OrganisationId coordinatingOrganisation) {
        return actor.hasRole(Roles.NETWORK_COORDINATOR)
                && actor.organisation().filter(coordinatingOrganisation::equals).isPresent();
    }

    /** Its own partner system or one of its professionals (coordinators included). */
    public boolean speaksFor(Actor actor, OrganisationId organisation) {
        boolean party = actor.isPartnerSystem() || actor.hasRole(Roles.PROFESSIONAL)
                || actor.hasRole(Roles.NETWORK_COORDINATOR);
        return party && actor.organisation().filter(organisation::equals).isPresent();
    }

    /**
     * The organisation's own partner system (its personnel or volunteer administration), a coordinator of that same
     * organisation, or the platform operator onboarding it. Coordinating a network makes nobody the administrator of
     * its members' people: they read what coordination needs ({@link #mayReadPerson}) and decide nothing about who
     * someone is. A family carer without an organisation has only the coordinators and the operator to vouch for them.
     */
    public boolean administersPeopleOf(Actor actor, Optional<OrganisationId> organisation) {
        if (actor.hasRole(Roles.PLATFORM_OPERATOR)) {
            return true;
        }
        if (organisation.isEmpty()) {
            return actor.hasRole(Roles.NETWORK_COORDINATOR);
        }
        boolean ownOrganisation = actor.organisation().filter(organisation.get()::equals).isPresent();
        return ownOrganisation && (actor.isPartnerSystem() || actor.hasRole(Roles.NETWORK_COORDINATOR));
    }

    /**
     * Records what concerns an organisation's informal helpers (registering them, their agreements, their
     * undertaking signed on paper): whoever speaks for it or administers its people.
     */
    public boolean managesPeopleOf(Actor actor, Optional<OrganisationId> organisation) {
        if (organisation.isEmpty()) {
            return administersPeopleOf(actor, organisation) || actor.isPartnerSystem()
                    || actor.hasRole(Roles.PROFESSIONAL);
        }
        return speaksFor(actor, organisation.get()) || administersPeopleOf(actor, organisation);
    }

    /**
     * Registering a person. The kind decides whether the undertaking rule (R3) applies to them, so it is not the
     * registering professional's word: only whoever administers the organisation's people registers a professional,
     * and binds a login.
     */
    public boolean mayRegister(Actor actor, Optional<OrganisationId> organisation, PersonKind kind, boolean withLogin) {
        if (kind == PersonKind.PROFESSIONAL || withLogin) {
            return administersPeopleOf(actor, organisation);
        }
        return managesPeopleOf(actor, organisation);
    }

    /** Re-pointing a login takes over everything its person may see and do, so only the administrators do it. */
    public boolean mayLinkLogin(Actor actor, Parties.PersonFacts person) {
        return administersPeopleOf(actor, person.organisationId());
    }

    /** The actor is this person: their login is linked to them. */
    public boolean isPerson(Actor actor, Parties.PersonFacts person) {
        return actor.person().filter(person.personId()::equals).isPresent()
                || person.accountId().filter(actor.userId()::equals).isPresent();
    }

    /**
     * The person themself, their organisation recording an undertaking signed on paper, or the coordinator of the
     * network the undertaking is given to, who takes it in on the network's behalf.
     */
    public boolean maySignUndertakingFor(Actor actor, Parties.PersonFacts person, Parties.NetworkFacts network) {
        boolean organisation = person.organisationId().isPresent()
                ? managesPeopleOf(actor, person.organisationId())
                : administersPeopleOf(actor, Optional.empty());
        return isPerson(actor, person) || organisation || coordinates(actor, network);
    }

    /**
     * Reads, and only reads, what coordination needs of an organisation's people and agreements: whoever manages
     * them, and the coordinator of a network the organisation takes part in (to find a helper or a coach).
     */
    public boolean readsPeopleOf(Actor actor, Optional<OrganisationId> organisation) {
        if (managesPeopleOf(actor, organisation)) {
            return true;
        }
        return organisation.isPresent() && actor.hasRole(Roles.NETWORK_COORDINATOR) && actor.organisation()
                .filter(own -> reach.takingPartInNetworksCoordinatedBy(own).contains(organisation.get()))
                .isPresent();
    }

    /**
     * A person's contact details: themself, and whoever {@link #readsPeopleOf reads} their organisation's people. A
     * family carer without an organisation is read by those who vouch for them, the coordinators and the operator.
     */
    public boolean mayReadPerson(Actor actor, Optional<OrganisationId> organisation, Optional<String> accountId) {
        if (accountId.filter(actor.userId()::equals).isPresent()) {
            return true;
        }
        return organisation.isPresent() ? readsPeopleOf(actor, organisation) : administersPeopleOf(actor, organisation);
    }

    /**
     * The organisations whose people or agreements a list may show: the one asked for, if the actor
     * {@link #readsPeopleOf reads} its people; otherwise a coordinator's own and those in their networks, or anyone else's own organisation.
     *
     * @return empty when the actor may list none of them
     */
    public Optional<Set<OrganisationId>> listablePeopleOf(Actor actor, Optional<OrganisationId> asked) {
        if (asked.isPresent()) {
            return readsPeopleOf(actor, asked) ? Optional.of(Set.of(asked.get())) : Optional.empty();
        }
        Optional<OrganisationId> own = actor.organisation();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Set<OrganisationId> listable = new HashSet<>();
        listable.add(own.get());
        if (actor.hasRole(Roles.NETWORK_COORDINATOR)) {
            listable.addAll(reach.takingPartInNetworksCoordinatedBy(own.get()));
        }
        return Optional.of(Set.copyOf(listable));
    }

    /**
     * {@link #listablePeopleOf} for the {@code organisationId} query parameter of a list.
     *
     * @throws InvalidField           naming organisationId when it is no organisation id
     * @throws AccessDeniedException when the actor may list none of them
     */
    public Set<String> listingOfPeople(Actor actor, String organisationId) {
        if (organisationId != null && !OrganisationId.isValid(organisationId)) {
            throw new InvalidField("organisationId", "is not an organisation id");
        }
        return listablePeopleOf(actor, Optional.ofNullable(organisationId).map(OrganisationId::of))
                .map(organisations -> organisations.stream().map(OrganisationId::value)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElseThrow(() -> new AccessDeniedException("not this organisation's, nor its coordinator"));
    }

    /** Joining, leaving, withdrawing: the member organisation itself or the network's coordinator. */
    public boolean actsForMember(Actor actor, OrganisationId organisation, Parties.NetworkFacts network) {
        return speaksFor(actor, organisation) || coordinates(actor, network);
    }

    /**
     * A covenant binds the organisation, so it is signed by the organisation itself: by one of its own people, who
     * is the signatory, or by its partner system recording a signature of one of its professionals. A coordinator
     * signs only for their own organisation.
     */
    public boolean maySignCovenantFor(Actor actor, OrganisationId organisation) {
        return speaksFor(actor, organisation);
    }

    /**
     * Whose signature a covenant the actor records carries: their own, as the person their login is linked to (naming
     * anyone else is refused); for the organisation's own system, which is nobody, the professional it names.
     *
     * @return empty when the actor can sign as nobody
     */
    public Optional<PersonId> covenantSignatory(Actor actor, Optional<PersonId> named) {
        if (actor.person().isPresent()) {
            return named.isEmpty() || named.equals(actor.person()) ? actor.person() : Optional.empty();
        }
        return actor.isPartnerSystem() ? named : Optional.empty();
    }

    /** Onboards an organisation: any coordinator, or the organisation's own system. */
    public boolean mayOnboard(Actor actor, OrganisationId organisation) {
        return actor.hasRole(Roles.NETWORK_COORDINATOR)
                || actor.isPartnerSystem() && actor.organisation().filter(organisation::equals).isPresent();
    }

    /**
     * The social map and service areas are public facts about organisations, no personal data: a coordinator keeps
     * them for any organisation, anyone else speaks for their own.
     */
    public boolean curatesFactsOf(Actor actor, OrganisationId organisation) {
        return actor.hasRole(Roles.NETWORK_COORDINATOR) || speaksFor(actor, organisation);
    }

    /** Clears an overload flag: the coach, or a coordinator who administers the volunteer's organisation's people. */
    public boolean mayClearOverloadFlag(Actor actor, OrganisationId organisation, boolean actorIsCoach) {
        return actorIsCoach || actor.hasRole(Roles.NETWORK_COORDINATOR)
                && administersPeopleOf(actor, Optional.of(organisation));
    }
}
