package nl.samenspel.cases.referral;

import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving organisation, or the coordinator of the receiving network, takes the referral on. */
public record AcceptReferral(@TargetAggregateIdentifier ReferralId referralId, Actor actor) {
}
