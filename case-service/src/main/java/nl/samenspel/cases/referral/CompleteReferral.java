package nl.samenspel.cases.referral;

import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The help the referral asked for was given. */
public record CompleteReferral(@TargetAggregateIdentifier ReferralId referralId, Actor actor) {
}
