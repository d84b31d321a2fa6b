package nl.samenspel.cases.handover;

import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving party takes the case lead or task on. */
public record AcceptHandover(@TargetAggregateIdentifier HandoverId handoverId, Actor actor) {
}
