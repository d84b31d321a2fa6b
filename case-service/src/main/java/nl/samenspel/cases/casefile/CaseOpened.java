package nl.samenspel.cases.casefile;

import java.time.Instant;
import java.util.List;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.client.SealedClientDetails;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.shared.privacy.PersonalData;

/** A case was opened; the coordinating organisation is its lead. Published as CaseOpenedV1 without the client's details. */
public record CaseOpened(CaseId caseId, NetworkId networkId, ClientId clientId,
        @PersonalData("client details, sealed") SealedClientDetails client, String signalId,
        boolean clientKnownToServices, List<ProblemDomain> problemDomains, boolean acute, Presentation presentation,
        LegalBasis legalBasis, Party lead, Instant openedAt) {
}
