package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.DeploymentMode;
import nl.samenspel.contracts.HelpDuration;
import nl.samenspel.contracts.InformalHelpKind;
import nl.samenspel.contracts.NetworkId;

/** Informal help was deployed. */
public record InformalHelpDeployed(CaseId caseId, NetworkId networkId, String deploymentId, Party helper, DeploymentMode mode,
        InformalHelpKind kind, HelpDuration duration, Instant deployedAt) {
}
