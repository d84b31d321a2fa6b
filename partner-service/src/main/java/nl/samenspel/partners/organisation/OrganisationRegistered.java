package nl.samenspel.partners.organisation;

import java.time.Instant;
import java.util.Set;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Sector;

/** A partner organisation was registered. */
public record OrganisationRegistered(
        OrganisationId organisationId,
        String name,
        KindOfHelp kindOfHelp,
        KindOfParty kindOfParty,
        OrganisationType organisationType,
        Sector sector,
        String municipalityCode,
        Set<String> neighbourhoods,
        Instant registeredAt) {
}
