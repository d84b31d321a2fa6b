package nl.samenspel.cases.casefile;

import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start aftercare: a helper keeps a finger on the pulse until a review after today. For a volunteer this is an
 * {@code AFTERCARE} task up to the review, within their agreement unless {@code limitsOverride} gives the
 * coordinator's reason.
 */
public record StartAftercare(@TargetAggregateIdentifier CaseId caseId, Party helper, LocalDate reviewOn,
        VolunteerLimits.Override limitsOverride, Actor actor) {
}
