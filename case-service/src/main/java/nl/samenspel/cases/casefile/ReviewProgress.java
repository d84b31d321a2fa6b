package nl.samenspel.cases.casefile;

import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Review the plan as a whole; the next review, when set, lies after today. */
public record ReviewProgress(@TargetAggregateIdentifier CaseId caseId, Outcome outcome, LocalDate nextReviewOn, Actor actor) {
}
