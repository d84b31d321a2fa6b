package nl.samenspel.cases.handover;

import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hand the case lead, or one task, over to another party (overdracht).
 *
 * @param actionId       the task; null for the case lead
 * @param backstop       the professional who stays responsible; required for a handover to informal help
 * @param task           for a volunteer: the kind of task handed over, as their volunteer agreement lists them
 * @param limitsOverride the network's coordinator's reason to hand it over beyond the volunteer's agreement
 */
public record InitiateHandover(@TargetAggregateIdentifier HandoverId handoverId, CaseId caseId,
        HandoverSubject handedOver, ActionId actionId, Party to, PersonId backstop, VolunteerTask task,
        VolunteerLimits.Override limitsOverride, Actor actor) {
}
