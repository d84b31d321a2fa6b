package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.DeploymentMode;
import nl.samenspel.contracts.HelpDuration;
import nl.samenspel.contracts.InformalHelpKind;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.PartyKind;

/**
 * Informal help was deployed on a case: how it relates to professional help, what kind it is and how long it
 * is meant to last.
 *
 * @param caseId       the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId    the network the case runs in
 * @param deploymentId the deployment
 * @param helperKind   an informal helper or an (informal) organisation
 * @param helperId     who helps
 * @param mode         voorafgaand, aanvullend or samen optrekkend
 * @param kind         practical, social or buddy
 * @param duration     one-off or long-term
 * @param deployedAt   when
 */
@CloudEventType(value = "nl.samenspel.case.informal-help-deployed", schemaVersion = 1)
public record InformalHelpDeployedV1(
        String caseId,
        String networkId,
        String deploymentId,
        PartyKind helperKind,
        String helperId,
        DeploymentMode mode,
        InformalHelpKind kind,
        HelpDuration duration,
        Instant deployedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
