package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that two parties handled something about the case between themselves, outside a conference. */
public record RecordBilateralHandling(@TargetAggregateIdentifier CaseId caseId, Party firstParty, Party secondParty, Actor actor) {
}
