package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.util.List;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;

/**
 * A network's coordinator opened a case, from a signal or directly. The client appears only by a pseudonymous
 * id; name, date of birth, BSN and address stay in case-service, encrypted with a key per client.
 *
 * @param caseId                the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId             the network the case runs in
 * @param clientId              pseudonymous id of the client
 * @param signalId              the signal the case came from, or null when opened directly
 * @param clientKnownToServices whether the client was known to any service before
 * @param problemDomains        what the case is about
 * @param acute                 whether it needs action within a day
 * @param presentation          nuisance or silent
 * @param legalBasis            the legal basis at opening (R1), one the network allows
 * @param openedAt              when
 */
@CloudEventType(value = "nl.samenspel.case.case-opened", schemaVersion = 1)
public record CaseOpenedV1(
        String caseId,
        String networkId,
        String clientId,
        String signalId,
        boolean clientKnownToServices,
        List<ProblemDomain> problemDomains,
        boolean acute,
        Presentation presentation,
        LegalBasis legalBasis,
        Instant openedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
