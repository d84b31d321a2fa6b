package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set a goal in the case's plan (one plan per client or family); the text is sealed. */
public record SetPlanGoal(@TargetAggregateIdentifier CaseId caseId, String goalId, @PersonalData("a goal for a client") String goal, Actor actor) {
}
