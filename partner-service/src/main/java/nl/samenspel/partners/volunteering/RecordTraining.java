package nl.samenspel.partners.volunteering;

import java.time.LocalDate;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a training the volunteer completed. */
public record RecordTraining(@TargetAggregateIdentifier AgreementId agreementId, String training,
        LocalDate completedOn, Actor actor) {
}
