package nl.samenspel.cases.casefile;

import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give an agreed action to another owner, after a handover of that task was accepted; the owner joins the team. */
public record ReassignAction(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, Party owner,
        String handoverId) {
}
