package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A member organisation signs the network's privacy covenant, through a professional of its own.
 *
 * @param namedSignatory null when the actor signs as themself; only the organisation's own system, which is nobody,
 *                       names the professional whose signature it records
 */
public record SignCovenant(@TargetAggregateIdentifier NetworkId networkId, OrganisationId organisationId,
        PersonId namedSignatory, SignatoryLevel level, Actor actor) {
}
