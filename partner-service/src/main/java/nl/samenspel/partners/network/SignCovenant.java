package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.SignatoryLevel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member organisation signs the network's privacy covenant, through a person of its own. */
public record SignCovenant(@TargetAggregateIdentifier NetworkId networkId, OrganisationId organisationId,
        PersonId signatoryId, SignatoryLevel level) {
}
