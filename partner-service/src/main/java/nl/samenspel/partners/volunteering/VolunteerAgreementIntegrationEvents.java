package nl.samenspel.partners.volunteering;

import java.util.Collection;
import java.util.List;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.CoachAssignedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementEndedV1;
import nl.samenspel.contracts.partners.VolunteerLoadChangedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadClearedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadFlaggedV1;
import nl.samenspel.contracts.partners.VolunteerTrainingRecordedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/**
 * Publishes volunteer agreements as counts, kinds and dates for planning, enforcement and accountability.
 * The volunteer's limits in words are left behind.
 */
final class VolunteerAgreementIntegrationEvents {

    private VolunteerAgreementIntegrationEvents() {
    }

    /** In enum order, so the same set is always published as the same list. */
    static <T extends Enum<T>> List<T> sorted(Collection<T> values) {
        return values.stream().sorted().toList();
    }

    @Component
    static class Concluded implements IntegrationEventTranslator<VolunteerAgreementConcluded> {

        @Override
        public Class<VolunteerAgreementConcluded> sourceType() {
            return VolunteerAgreementConcluded.class;
        }

        @Override
        public IntegrationEvent translate(VolunteerAgreementConcluded event) {
            return new VolunteerAgreementConcludedV1(event.agreementId().asString(), event.volunteerId().asString(),
                    event.organisationId().value(), sorted(event.tasks()), sorted(event.availableDays()),
                    event.startsOn(), event.endsOn(), event.capacityUnit(), event.capacity(), event.concludedAt());
        }
    }

    @Component
    static class Coach implements IntegrationEventTranslator<CoachAssigned> {

        @Override
        public Class<CoachAssigned> sourceType() {
            return CoachAssigned.class;
        }

        @Override
        public IntegrationEvent translate(CoachAssigned event) {
            return new CoachAssignedV1(event.agreementId().asString(), event.volunteerId().asString(),
                    event.coachId().asString(), event.assignedAt());
        }
    }

    @Component
    static class Training implements IntegrationEventTranslator<VolunteerTrainingRecorded> {

        @Override
        public Class<VolunteerTrainingRecorded> sourceType() {
            return VolunteerTrainingRecorded.class;
        }

        @Override
        public IntegrationEvent translate(VolunteerTrainingRecorded event) {
            return new VolunteerTrainingRecordedV1(event.agreementId().asString(), event.volunteerId().asString(),
                    event.training(), event.completedOn());
        }
    }

    @Component
    static class Load implements IntegrationEventTranslator<VolunteerLoadChanged> {

        @Override
        public Class<VolunteerLoadChanged> sourceType() {
            return VolunteerLoadChanged.class;
        }

        @Override
        public IntegrationEvent translate(VolunteerLoadChanged event) {
            return new VolunteerLoadChangedV1(event.agreementId().asString(), event.volunteerId().asString(),
                    event.organisationId().value(), event.load(), event.capacity(), event.capacityUnit(),
                    event.changedAt());
        }
    }

    @Component
    static class Flagged implements IntegrationEventTranslator<VolunteerOverloadFlagged> {

        @Override
        public Class<VolunteerOverloadFlagged> sourceType() {
            return VolunteerOverloadFlagged.class;
        }

        @Override
        public IntegrationEvent translate(VolunteerOverloadFlagged event) {
            return new VolunteerOverloadFlaggedV1(event.agreementId().asString(), event.volunteerId().asString(),
                    event.organisationId().value(), event.source(), event.flaggedAt());
        }
    }

    @Component
    static class Cleared implements IntegrationEventTranslator<VolunteerOverloadCleared> {

        @Override
        public Class<VolunteerOverloadCleared> sourceType() {
            return VolunteerOverloadCleared.class;
        }

        @Override
        public IntegrationEvent translate(VolunteerOverloadCleared event) {
            return new VolunteerOverloadClearedV1(event.agreementId().asString(), event.volunteerId().asString(),
                    event.organisationId().value(), event.clearedAt());
        }
    }

    @Component
    static class Ended implements IntegrationEventTranslator<VolunteerAgreementEnded> {

        @Override
        public Class<VolunteerAgreementEnded> sourceType() {
            return VolunteerAgreementEnded.class;
        }

        @Override
        public IntegrationEvent translate(VolunteerAgreementEnded event) {
            return new VolunteerAgreementEndedV1(event.agreementId().asString(), event.volunteerId().asString(),
                    event.organisationId().value(), event.endedOn());
        }
    }
}
