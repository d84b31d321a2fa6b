package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move the case lead to a party, after a handover of the lead was accepted; the party joins the team. */
public record ChangeCaseLead(@TargetAggregateIdentifier CaseId caseId, Party lead, String handoverId) {
}
