package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.DeploymentMode;
import nl.samenspel.contracts.HelpDuration;
import nl.samenspel.contracts.InformalHelpKind;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deploy informal help on the case; the helper joins the case team. */
public record DeployInformalHelp(@TargetAggregateIdentifier CaseId caseId, String deploymentId, Party helper, DeploymentMode mode, InformalHelpKind kind,
        HelpDuration duration, Actor actor) {
}
