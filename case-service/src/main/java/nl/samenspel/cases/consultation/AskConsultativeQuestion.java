package nl.samenspel.cases.consultation;

import java.util.List;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.Severity;
import nl.samenspel.shared.axon.AnonymousActor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask a network for advice about a situation, anonymously and without personal data.
 *
 * @param retrievalTokenHash SHA-256 (hex) of the token the asker was given to read the advice; the asker's
 *                           identity is not kept, not even as the command's actor
 */
@AnonymousActor
public record AskConsultativeQuestion(
        @TargetAggregateIdentifier ConsultativeQuestionId questionId,
        NetworkId networkId,
        List<ProblemDomain> problemDomains,
        Severity severity,
        String question,
        String retrievalTokenHash) {

    public static final int MAX_QUESTION_LENGTH = 2000;
}
