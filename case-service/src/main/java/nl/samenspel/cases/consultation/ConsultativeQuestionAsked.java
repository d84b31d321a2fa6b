package nl.samenspel.cases.consultation;

import java.time.Instant;
import java.util.List;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.Severity;
import nl.samenspel.shared.privacy.PersonalData;

/**
 * A consultative question was asked. The text was checked for personal data and is sealed anyway (subject: the
 * question id), as every free text in case-service is.
 */
public record ConsultativeQuestionAsked(
        ConsultativeQuestionId questionId,
        NetworkId networkId,
        List<ProblemDomain> problemDomains,
        Severity severity,
        @PersonalData("free-text description of a situation") Sealed question,
        String retrievalTokenHash,
        Instant askedAt) {
}
