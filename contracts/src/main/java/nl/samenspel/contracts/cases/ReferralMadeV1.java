package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.ReferralTarget;

/**
 * A case was referred to an organisation or another network. A referral to a self-help group is recorded as
 * referred and nothing more: groups keep no members.
 *
 * @param caseId             the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId          the network the case runs in
 * @param referralId         the referral
 * @param fromOrganisationId the referring organisation
 * @param target             organisation or network
 * @param targetId           the organisation or network referred to
 * @param selfHelpGroup      whether it went to a self-help group (then nothing follows)
 * @param direction          formal or informal help on each side
 * @param legalBasis         the legal basis that allowed sharing the case with the receiving party (R1)
 * @param consentId          the consent relied on, when the basis is consent and one is recorded; otherwise null
 * @param answerDueOn        when an answer is due; null for a self-help group
 * @param madeAt             when
 */
@CloudEventType(value = "nl.samenspel.case.referral-made", schemaVersion = 1)
public record ReferralMadeV1(
        String caseId,
        String networkId,
        String referralId,
        String fromOrganisationId,
        ReferralTarget target,
        String targetId,
        boolean selfHelpGroup,
        HelpDirection direction,
        LegalBasis legalBasis,
        String consentId,
        LocalDate answerDueOn,
        Instant madeAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
