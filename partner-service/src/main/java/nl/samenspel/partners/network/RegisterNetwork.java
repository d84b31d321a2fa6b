package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register an OGGZ or neighbourhood network, run by the coordinator's organisation.
 *
 * @param configuration resolved already: the type's defaults with whatever the coordinator chose instead
 */
public record RegisterNetwork(
        @TargetAggregateIdentifier NetworkId networkId,
        String name,
        NetworkType type,
        String municipalityCode,
        OrganisationId coordinatorOrganisation,
        NetworkConfiguration configuration,
        Actor actor) {
}
