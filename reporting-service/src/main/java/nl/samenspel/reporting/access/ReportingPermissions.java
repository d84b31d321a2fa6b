package nl.samenspel.reporting.access;

import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may read which figures in reporting-service: the only class here that reads an actor's roles. Reports hold
 * counts, never rows; who reads them decides only whether small counts are withheld (R8).
 */
@Component
public class ReportingPermissions {

    /** Municipality analysts account with the figures; network coordinators steer their network with them. */
    public static final String READS_REPORTS = "hasAnyRole('" + Roles.MUNICIPALITY_ANALYST + "','"
            + Roles.NETWORK_COORDINATOR + "')";

    /**
     * The coordinator of a network, a network coordinator of the organisation that coordinates it, sees its exact
     * figures: they know the cases behind them already. Everyone else sees small counts withheld.
     */
    public boolean seesExactFigures(Actor actor, String coordinatorOrganisation) {
        return actor.hasRole(Roles.NETWORK_COORDINATOR) && coordinatorOrganisation != null
                && actor.organisation().map(OrganisationId::value).filter(coordinatorOrganisation::equals).isPresent();
    }
}
