package nl.samenspel.cases.handover;

import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving party turns the handover down, with a reason. */
public record DeclineHandover(@TargetAggregateIdentifier HandoverId handoverId, DeclineReason reason, Actor actor) {
}
