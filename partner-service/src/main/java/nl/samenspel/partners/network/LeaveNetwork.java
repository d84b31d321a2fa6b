package nl.samenspel.partners.network;

import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member leaves, or with {@link LeaveReason#REMOVED_BY_COORDINATOR} the coordinator removes it. */
public record LeaveNetwork(@TargetAggregateIdentifier NetworkId networkId, OrganisationId organisationId,
        LeaveReason reason,
        Actor actor) {
}
