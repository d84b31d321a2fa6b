package nl.samenspel.cases;

import java.util.Optional;
import java.util.Set;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;

/**
 * Who may act for whom on a case (issue 4, item 13), decided on the actor a command carries: the coordinator
 * of the case's network runs its cases; professionals and partner systems act where their organisation is in
 * the case team; an organisation's people speak for it.
 */
public final class CaseActors {

    /** Roles of people who act for their organisation on a case; volunteers act only on their own tasks. */
    private static final Set<String> ORGANISATION_ROLES = Set.of(Roles.NETWORK_COORDINATOR, Roles.PROFESSIONAL,
            Roles.PARTNER_SYSTEM, Roles.INFORMAL_REPRESENTATIVE);

    private CaseActors() {
    }

    /** A network coordinator of the organisation that runs the network. */
    public static boolean coordinates(Actor actor, NetworkId network, Partners partners) {
        Optional<OrganisationId> coordinator = partners.coordinatorOf(network);
        return actor.hasRole(Roles.NETWORK_COORDINATOR) && coordinator.isPresent()
                && actor.organisation().equals(coordinator);
    }

    /** A professional or partner system of an organisation deployed on the case. */
    public static boolean worksOnCase(Actor actor, Cases.CaseFacts facts) {
        return (actor.hasRole(Roles.PROFESSIONAL) || actor.hasRole(Roles.PARTNER_SYSTEM))
                && actor.organisation().map(Party::organisation).filter(facts::isDeployed).isPresent();
    }

    /** Someone who acts for their organisation rather than only as themself (a volunteer). */
    public static boolean actsForOrganisation(Actor actor) {
        return ORGANISATION_ROLES.stream().anyMatch(actor::hasRole);
    }

    /** Someone acting for {@code organisation}: one of its professionals, coordinators or its own system. */
    public static boolean speaksFor(Actor actor, OrganisationId organisation) {
        return actor.organisation().filter(organisation::equals).isPresent()
                && ORGANISATION_ROLES.stream().anyMatch(actor::hasRole);
    }
}
