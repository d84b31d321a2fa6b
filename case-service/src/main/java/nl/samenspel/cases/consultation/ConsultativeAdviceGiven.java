package nl.samenspel.cases.consultation;

import java.time.Instant;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.Severity;
import nl.samenspel.shared.privacy.PersonalData;

/** The network's coordinator answered; the advice text is sealed under the question's key. */
public record ConsultativeAdviceGiven(
        ConsultativeQuestionId questionId,
        NetworkId networkId,
        Severity severity,
        boolean caseAdvised,
        @PersonalData("free-text advice about a situation") Sealed advice,
        Instant givenAt) {
}
