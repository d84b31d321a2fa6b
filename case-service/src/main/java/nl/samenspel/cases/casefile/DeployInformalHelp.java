package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.contracts.DeploymentMode;
import nl.samenspel.contracts.HelpDuration;
import nl.samenspel.contracts.InformalHelpKind;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Deploy informal help on the case; the helper joins the case team. For a volunteer, {@code task} is the kind of
 * task as their volunteer agreement lists them, and {@code limitsOverride} the coordinator's reason to deploy them
 * beyond the agreement's limits.
 */
public record DeployInformalHelp(@TargetAggregateIdentifier CaseId caseId, String deploymentId, Party helper,
        DeploymentMode mode, InformalHelpKind kind, HelpDuration duration, VolunteerTask task,
        VolunteerLimits.Override limitsOverride, Actor actor) {
}
