package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a conference's analysis of the case; the text is sealed under the client's key. */
public record RecordAnalysis(@TargetAggregateIdentifier CaseId caseId, String conferenceId, @PersonalData("analysis of a client's situation") String analysis, Actor actor) {
}
