package nl.samenspel.cases.consultation;

import nl.samenspel.contracts.Severity;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The coordinator answers a consultative question with their own severity estimate.
 *
 * @param actor              the coordinator answering
 * @param caseAdvised        whether the advice is to report the situation so a case can be opened
 */
public record GiveConsultativeAdvice(
        @TargetAggregateIdentifier ConsultativeQuestionId questionId,
        Actor actor,
        Severity severity,
        boolean caseAdvised,
        String advice) {

    public static final int MAX_ADVICE_LENGTH = 2000;
}
