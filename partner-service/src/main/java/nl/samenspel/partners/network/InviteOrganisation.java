package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Ring;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator invites an organisation into the core or the outer ring. */
public record InviteOrganisation(@TargetAggregateIdentifier NetworkId networkId, OrganisationId organisationId,
        Ring ring,
        Actor actor) {
}
