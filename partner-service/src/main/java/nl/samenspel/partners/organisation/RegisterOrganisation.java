package nl.samenspel.partners.organisation;

import java.util.Set;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Sector;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a partner organisation and the neighbourhoods it serves. */
public record RegisterOrganisation(
        @TargetAggregateIdentifier OrganisationId organisationId,
        String name,
        KindOfHelp kindOfHelp,
        KindOfParty kindOfParty,
        OrganisationType organisationType,
        Sector sector,
        String municipalityCode,
        Set<String> neighbourhoods) {
}
