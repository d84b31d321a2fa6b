package nl.samenspel.cases.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.Cases;
import nl.samenspel.cases.Partners;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.ReferralTarget;
import nl.samenspel.partnerfacts.PartnerParties;
import nl.samenspel.partnerfacts.access.AccessDecision;
import nl.samenspel.partnerfacts.access.Deployment;
import nl.samenspel.partnerfacts.access.PartyAccess;
import nl.samenspel.partnerfacts.access.Recipient;
import nl.samenspel.partnerfacts.access.Refusal;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may do and see what in case-service: the only class here that reads an actor's roles. Controllers guard their
 * endpoints with its expressions, aggregates and reads ask its named rules, so "the coordinator of a network" and "a
 * case worker" each mean one thing everywhere.
 *
 * <ul>
 *   <li>A <b>case worker</b> acts for their organisation: a network coordinator, professional, informal
 *       representative, or the organisation's own system. A volunteer acts only as themself.</li>
 *   <li>The <b>coordinator of a network</b> is a network coordinator of the organisation partner facts name as the
 *       network's coordinator.</li>
 *   <li>Whoever <b>runs a case</b> (the coordinator of its network, or the lead) decides on it: team, analysis,
 *       actions, informal option and help, plan, aftercare, closure, referrals.</li>
 *   <li>A <b>team member</b> works on the case and reads it without the BSN; an action's owner outside the team
 *       reads only what the action needs.</li>
 * </ul>
 * Injected into aggregates as a command-handler parameter; fixtures build one on a fixed world.
 */
@Component
public class CasePermissions {

    private static final String COORDINATOR = "'" + Roles.NETWORK_COORDINATOR + "'";
    private static final String ORGANISATION_ROLES = COORDINATOR + ",'" + Roles.PROFESSIONAL + "','"
            + Roles.PARTNER_SYSTEM + "','" + Roles.INFORMAL_REPRESENTATIVE + "'";

    /** Network coordinators: opening cases, tabling them, the network's signals and questions. */
    public static final String COORDINATORS = "hasRole(" + COORDINATOR + ")";
    /** Case workers (see the class comment): reading and running cases, referrals and handovers. */
    public static final String CASE_WORKERS = "hasAnyRole(" + ORGANISATION_ROLES + ")";
    /** Case workers, and volunteers acting in person on what is given to them. */
    public static final String CASE_WORKERS_AND_VOLUNTEERS = "hasAnyRole(" + ORGANISATION_ROLES + ",'"
            + Roles.VOLUNTEER + "')";
    public static final String VOLUNTEERS = "hasRole('" + Roles.VOLUNTEER + "')";
    /**
     * Whoever may raise a concern: everyone who works with or lives near someone. Municipality analysts and
     * privacy officers see no individual cases, so they raise none.
     */
    public static final String SIGNALLERS = "hasAnyRole(" + ORGANISATION_ROLES + ",'" + Roles.VOLUNTEER + "','"
            + Roles.CITIZEN + "')";
    /** Anyone with a token: reads of what the caller did themself. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private static final Set<String> CASE_WORKER_ROLES = Set.of(Roles.NETWORK_COORDINATOR, Roles.PROFESSIONAL,
            Roles.PARTNER_SYSTEM, Roles.INFORMAL_REPRESENTATIVE);

    private final Partners partners;
    private final PartyAccess access;

    public CasePermissions(Partners partners, PartyAccess access) {
        this.partners = partners;
        this.access = access;
    }

    // ---- who the actor is ----

    /** Acts for their organisation rather than only as themself. */
    public boolean isCaseWorker(Actor actor) {
        return actor.organisation().isPresent() && CASE_WORKER_ROLES.stream().anyMatch(actor::hasRole);
    }

    /** A network coordinator by role, of whichever network their organisation coordinates. */
    public boolean isCoordinator(Actor actor) {
        return actor.organisation().isPresent() && actor.hasRole(Roles.NETWORK_COORDINATOR);
    }

    /** The coordinator of this network. */
    public boolean coordinates(Actor actor, NetworkId network) {
        return isCoordinator(actor) && partners.coordinatorOf(network).equals(actor.organisation());
    }

    /** A case worker of this organisation. */
    public boolean speaksFor(Actor actor, OrganisationId organisation) {
        return isCaseWorker(actor) && actor.organisation().filter(organisation::equals).isPresent();
    }

    /**
     * This informal helper in person: a volunteer signed in with the login partner-service linked to them. How a
     * volunteer answers a handover or updates a task given to them (R6).
     */
    public boolean isInPerson(Actor actor, Party party) {
        return !party.isOrganisation() && actor.hasRole(Roles.VOLUNTEER)
                && actor.person().map(PersonId::asString).filter(party.id()::equals).isPresent();
    }

    /** Acts as this party: for an organisation, one of its case workers; for an informal helper, the helper. */
    public boolean actsAs(Actor actor, Party party) {
        return party.isOrganisation() ? speaksFor(actor, OrganisationId.of(party.id())) : isInPerson(actor, party);
    }

    /**
     * Answers for this party: as {@link #actsAs}, and for an informal helper also the organisation they volunteer
     * for.
     */
    public boolean answersFor(Actor actor, Party party) {
        if (actsAs(actor, party)) {
            return true;
        }
        return !party.isOrganisation() && partners.person(PersonId.of(party.id()))
                .flatMap(PartnerParties.Person::organisation).filter(org -> speaksFor(actor, org)).isPresent();
    }

    // ---- a case ----

    /** Holds the case lead (regie), as its organisation or in person. */
    public boolean leadsCase(Actor actor, Cases.CaseFacts facts) {
        return actsAs(actor, facts.lead());
    }

    /** Decides on the case: the coordinator of its network, or its lead. */
    public boolean runsCase(Actor actor, Cases.CaseFacts facts) {
        return coordinates(actor, facts.networkId()) || leadsCase(actor, facts);
    }

    /** Runs the case, or acts for a party in its team. */
    public boolean worksOnCase(Actor actor, Cases.CaseFacts facts) {
        return runsCase(actor, facts) || facts.team().stream().anyMatch(member -> actsAs(actor, member));
    }

    /** Acts as the owner of this action of the case. */
    public boolean ownsAction(Actor actor, Cases.CaseFacts facts, ActionId action) {
        return Optional.ofNullable(facts.actions().get(action)).filter(a -> actsAs(actor, a.owner())).isPresent();
    }

    /** Refers the case: only whoever runs it. */
    public boolean refersCase(Actor actor, Cases.CaseFacts facts) {
        return runsCase(actor, facts);
    }

    /**
     * Empty when {@code party} may receive the case's personal data once deployed on it (R3: covenant or
     * undertaking; R4 counts the party as deployed, since being given the work is what deploys it); otherwise why
     * not.
     */
    public Optional<Refusal> refusalToReceive(Cases.CaseFacts facts, Party party) {
        return decide(facts, recipient(party), party).refusal();
    }

    /** Empty when this organisation may receive a case of the network it has no place on yet; otherwise why not. */
    public Optional<Refusal> refusalToReceive(NetworkId network, Party party) {
        return access.decide(network, recipient(party), deployment(List.of(party))).refusal();
    }

    // ---- referrals and handovers ----

    /** The receiving organisation, or the coordinator of the receiving network. */
    public boolean answersReferral(Actor actor, ReferralTarget target, String targetId) {
        return target == ReferralTarget.ORGANISATION ? speaksFor(actor, OrganisationId.of(targetId))
                : coordinates(actor, NetworkId.of(targetId));
    }

    /** The receiving party, the referrer or the coordinator of the case's network. */
    public boolean completesReferral(Actor actor, ReferralTarget target, String targetId, OrganisationId from,
            NetworkId network) {
        return answersReferral(actor, target, targetId) || speaksFor(actor, from) || coordinates(actor, network);
    }

    /** The coordinator of the case's network, or whoever answers for the party handing over. */
    public boolean handsOver(Actor actor, Cases.CaseFacts facts, Party from) {
        return coordinates(actor, facts.networkId()) || answersFor(actor, from);
    }

    /** The receiving organisation; for an informal helper also the helper in person. */
    public boolean answersHandover(Actor actor, OrganisationId receivingOrganisation, Party to) {
        return speaksFor(actor, receivingOrganisation) || isInPerson(actor, to);
    }

    // ---- reading ----

    /**
     * How much of the case the actor may read. The coordinator of its network reads all of it without asking
     * partner facts; anyone else with a place on it is checked against them (R3, R4) with the case team and the
     * action owners as the deployment.
     */
    public CaseAccess mayReadCase(Actor actor, Cases.CaseFacts facts) {
        if (coordinates(actor, facts.networkId())) {
            return CaseAccess.granted(CaseAccess.Level.FULL);
        }
        CaseAccess.Level level = CaseAccess.Level.NONE;
        Recipient recipient;
        if (isCaseWorker(actor)) {
            Party organisation = Party.organisation(actor.organisation().orElseThrow());
            recipient = Recipient.organisation(actor.organisation().orElseThrow());
            if (facts.lead().equals(organisation)) {
                level = CaseAccess.Level.FULL;
            } else if (facts.team().contains(organisation)) {
                level = CaseAccess.Level.TEAM;
            } else if (facts.actions().values().stream().anyMatch(action -> action.owner().equals(organisation))) {
                level = CaseAccess.Level.DEPLOYED;
            }
        } else {
            // A volunteer reads as themself only what is given to them in person, whatever else they hold (R6).
            recipient = actor.person().map(Recipient::person).orElse(null);
            boolean given = facts.team().stream().anyMatch(member -> isInPerson(actor, member))
                    || facts.actions().values().stream().anyMatch(action -> isInPerson(actor, action.owner()));
            if (given) {
                level = CaseAccess.Level.TASK;
            }
        }
        if (level == CaseAccess.Level.NONE) {
            return CaseAccess.NONE;
        }
        CaseAccess.Level granted = level;
        return decide(facts, recipient, null).refusal().map(refusal -> CaseAccess.refused(granted, refusal))
                .orElse(CaseAccess.granted(granted));
    }

    private AccessDecision decide(Cases.CaseFacts facts, Recipient recipient, Party joining) {
        List<Party> deployed = new ArrayList<>(facts.team());
        facts.actions().values().forEach(action -> deployed.add(action.owner()));
        if (joining != null) {
            deployed.add(joining);
        }
        return access.decide(facts.networkId(), recipient, deployment(deployed));
    }

    private static Recipient recipient(Party party) {
        return party.isOrganisation() ? Recipient.organisation(OrganisationId.of(party.id()))
                : Recipient.person(PersonId.of(party.id()));
    }

    private static Deployment deployment(List<Party> parties) {
        return Deployment.of(
                parties.stream().filter(Party::isOrganisation).map(p -> OrganisationId.of(p.id())).toList(),
                parties.stream().filter(p -> !p.isOrganisation()).map(p -> PersonId.of(p.id())).toList());
    }
}
