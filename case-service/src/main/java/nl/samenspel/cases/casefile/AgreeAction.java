package nl.samenspel.cases.casefile;

import java.time.LocalDate;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Agree an action owned by exactly one party, due on a day; in a conference when {@code conferenceId} is set. */
public record AgreeAction(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, @PersonalData("what is to be done for a client") String description, Party owner,
        LocalDate dueOn, String conferenceId, Actor actor) {
}
