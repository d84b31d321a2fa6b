package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A goal was set in the case's plan: one plan per client or family. The goal in words stays in case-service.
 *
 * @param caseId    the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId the network the case runs in
 * @param goalId    the goal
 * @param setAt     when
 */
@CloudEventType(value = "nl.samenspel.case.plan-goal-set", schemaVersion = 1)
public record PlanGoalSetV1(
        String caseId,
        String networkId,
        String goalId,
        Instant setAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
