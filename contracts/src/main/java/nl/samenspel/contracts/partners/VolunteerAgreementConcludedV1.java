package nl.samenspel.contracts.partners;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.VolunteerTask;

/**
 * A volunteer agreement was concluded: which kinds of task the volunteer takes on, on which days, from when
 * until when, and how much. The limits in words stay in partner-service.
 *
 * @param agreementId    the agreement, also the subject
 * @param volunteerId    the volunteer (an informal helper)
 * @param organisationId the organisation the volunteer works with
 * @param tasks          kinds of task agreed
 * @param availableDays  days the volunteer is available
 * @param startsOn       first day
 * @param endsOn         last day
 * @param capacityUnit   what the capacity counts
 * @param capacity       cases or hours per week the volunteer takes on at most
 * @param concludedAt    when
 */
@CloudEventType(value = "nl.samenspel.partner.volunteer-agreement-concluded", schemaVersion = 1)
public record VolunteerAgreementConcludedV1(
        String agreementId,
        String volunteerId,
        String organisationId,
        List<VolunteerTask> tasks,
        List<DayOfWeek> availableDays,
        LocalDate startsOn,
        LocalDate endsOn,
        CapacityUnit capacityUnit,
        int capacity,
        Instant concludedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return agreementId;
    }
}
