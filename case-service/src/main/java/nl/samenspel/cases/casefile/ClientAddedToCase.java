package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.client.SealedClientDetails;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.shared.privacy.PersonalData;

/** A family member became a client of the case. */
public record ClientAddedToCase(CaseId caseId, NetworkId networkId, ClientId clientId,
        @PersonalData("client details, sealed") SealedClientDetails client, Instant addedAt) {
}
