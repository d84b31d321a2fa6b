package nl.samenspel.cases.casefile;

import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.ClosureReason;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the case with a reason and outcome, and a follow-up review after closing. */
public record CloseCase(@TargetAggregateIdentifier CaseId caseId, ClosureReason reason, Outcome outcome, LocalDate followUpReviewOn, Actor actor) {
}
