package nl.samenspel.cases.referral;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ReferralTarget;

/**
 * A case was referred. {@code consentId} stays null until consents are recorded (consent issue);
 * {@code answerDueOn} is null for a self-help group, which never answers.
 */
public record ReferralMade(ReferralId referralId, CaseId caseId, NetworkId networkId,
        OrganisationId fromOrganisation, ReferralTarget target, String targetId, boolean selfHelpGroup,
        HelpDirection direction, LegalBasis legalBasis, String consentId, LocalDate answerDueOn, Instant madeAt) {
}
