package nl.samenspel.cases.referral;

import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving party turns the referral down, with a reason reporting can count. */
public record DeclineReferral(@TargetAggregateIdentifier ReferralId referralId, DeclineReason reason, Actor actor) {
}
