package nl.samenspel.partners.people;

import java.util.Optional;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;

/**
 * Who gives a command, as far as an aggregate's own permission rules need it: whether someone may act for
 * a person or agreement depends on facts only the aggregate holds (its organisation, its coach, the
 * person's account), and a read model could still lag behind them.
 *
 * @param accountId    the token subject
 * @param organisation the organisation the requester manages people for: present only for a professional or
 *                     partner system with an organisation claim
 * @param coordinator  whether the requester is a network coordinator, who acts for every organisation
 */
public record Requester(String accountId, Optional<OrganisationId> organisation, boolean coordinator) {

    public static Requester of(Actor actor) {
        boolean managesPeople = actor.hasRole(Roles.PROFESSIONAL) || actor.hasRole(Roles.PARTNER_SYSTEM);
        return new Requester(actor.userId(), managesPeople ? actor.organisation() : Optional.empty(),
                actor.hasRole(Roles.NETWORK_COORDINATOR));
    }

    /** A coordinator manages everyone's people; a professional or partner system those of its organisation. */
    public boolean manages(Optional<OrganisationId> organisationId) {
        return coordinator || organisationId.isPresent() && organisation.equals(organisationId);
    }

    /** Whether the requester signs in as this account. */
    public boolean is(Optional<String> account) {
        return account.isPresent() && account.get().equals(accountId);
    }
}
