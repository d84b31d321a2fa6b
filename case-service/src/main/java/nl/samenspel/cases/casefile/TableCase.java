package nl.samenspel.cases.casefile;

import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the case on the agenda of a case conference (casuïstiekoverleg). */
public record TableCase(@TargetAggregateIdentifier CaseId caseId, String conferenceId, LocalDate conferenceOn, Actor actor) {
}
