package nl.samenspel.cases.handover;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;

/**
 * A handover was initiated.
 *
 * @param receivingOrganisation the organisation that answers for the receiving party: the party itself, or the
 *                              organisation an informal helper volunteers for (R3 requires one)
 * @param consentId             null until consents are recorded (consent issue)
 */
public record HandoverInitiated(HandoverId handoverId, CaseId caseId, NetworkId networkId, HandoverSubject handedOver,
        ActionId actionId, Party from, Party to, OrganisationId receivingOrganisation, HelpDirection direction,
        PersonId backstop, LegalBasis legalBasis, String consentId, LocalDate acceptDueOn, Instant initiatedAt) {
}
