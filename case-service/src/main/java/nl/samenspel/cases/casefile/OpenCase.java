package nl.samenspel.cases.casefile;

import java.util.List;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.client.ClientDetails;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The network's coordinator opens a case for a client, from a signal or directly, on a legal basis the network
 * allows; family members become clients of the same case (one family, one plan).
 *
 * @param signalId the signal the case came from, or null
 */
public record OpenCase(
        @TargetAggregateIdentifier CaseId caseId,
        NetworkId networkId,
        ClientId clientId,
        ClientDetails client,
        String signalId,
        boolean clientKnownToServices,
        List<ProblemDomain> problemDomains,
        boolean acute,
        Presentation presentation,
        LegalBasis legalBasis,
        List<FamilyMember> familyMembers,
        Actor actor) {

    public record FamilyMember(ClientId clientId, ClientDetails details) {
    }
}
