package nl.samenspel.cases.referral;

import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.ReferralTarget;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Refer a case to an organisation or another network (doorverwijzing). */
public record MakeReferral(@TargetAggregateIdentifier ReferralId referralId, CaseId caseId, ReferralTarget target,
        String targetId, Actor actor) {
}
