package nl.samenspel.cases.casefile;

import java.time.LocalDate;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Agree an action owned by exactly one party, due on a day; in a conference when {@code conferenceId} is set. For an
 * informal helper, {@code task} is the kind of task as their volunteer agreement lists them, and
 * {@code limitsOverride} the coordinator's reason to give it beyond the agreement's limits.
 */
public record AgreeAction(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, @PersonalData("what is to be done for a client") String description, Party owner,
        LocalDate dueOn, String conferenceId, VolunteerTask task, VolunteerLimits.Override limitsOverride,
        Actor actor) {

    /** An action for an organisation or a professional, whom no volunteer agreement limits. */
    public AgreeAction(CaseId caseId, ActionId actionId, String description, Party owner, LocalDate dueOn,
            String conferenceId, Actor actor) {
        this(caseId, actionId, description, owner, dueOn, conferenceId, null, null, actor);
    }
}
