package nl.samenspel.partners.volunteering;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.OverloadSource;
import nl.samenspel.contracts.VolunteerTask;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Read model of volunteer agreements, limits included: answered only to the volunteer, their coach, their
 * organisation and coordinators.
 */
@Component
@ProcessingGroup("volunteer-agreement-view")
class VolunteerAgreementView {

    /** Ended early, expired by date, or running (including one that has yet to start). */
    enum Status { ACTIVE, ENDED, EXPIRED }

    record Training(String training, LocalDate completedOn) {
    }

    record AgreementSummary(String agreementId, String volunteerId, String organisationId, List<VolunteerTask> tasks,
            String limits, List<DayOfWeek> availableDays, LocalDate startsOn, LocalDate endsOn,
            CapacityUnit capacityUnit, int capacity, int load, boolean overloaded, OverloadSource overloadSource,
            String coachId, Status status, LocalDate endedOn, List<Training> trainings, Instant concludedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    VolunteerAgreementView(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(VolunteerAgreementConcluded event) {
        // Later columns are left alone on a replay: the events that set them follow and set them again.
        jdbc.update("""
                insert into volunteer_agreement (agreement_id, volunteer_id, organisation_id, tasks, limits,
                    available_days, starts_on, ends_on, capacity_unit, capacity, concluded_at)
                values (?, ?, ?, ?::varchar[], ?, ?::varchar[], ?, ?, ?, ?, ?)
                on conflict (agreement_id) do update set volunteer_id = excluded.volunteer_id,
                    organisation_id = excluded.organisation_id, tasks = excluded.tasks, limits = excluded.limits,
                    available_days = excluded.available_days, starts_on = excluded.starts_on,
                    ends_on = excluded.ends_on, capacity_unit = excluded.capacity_unit, capacity = excluded.capacity,
                    concluded_at = excluded.concluded_at""",
                event.agreementId().value(), event.volunteerId().value(), event.organisationId().value(),
                array(VolunteerAgreementIntegrationEvents.sorted(event.tasks())), event.limits(),
                array(VolunteerAgreementIntegrationEvents.sorted(event.availableDays())),
                Date.valueOf(event.startsOn()), Date.valueOf(event.endsOn()), event.capacityUnit().name(), event.capacity(),
                Timestamp.from(event.concludedAt()));
    }

    @EventHandler
    void on(CoachAssigned event) {
        jdbc.update("update volunteer_agreement set coach_id = ? where agreement_id = ?", event.coachId().value(),
                event.agreementId().value());
    }

    @EventHandler
    void on(VolunteerTrainingRecorded event) {
        jdbc.update("""
                insert into volunteer_training (agreement_id, training, completed_on) values (?, ?, ?)
                on conflict do nothing""",
                event.agreementId().value(), event.training(), Date.valueOf(event.completedOn()));
    }

    @EventHandler
    void on(VolunteerLoadChanged event) {
        jdbc.update("update volunteer_agreement set load = ?, capacity = ? where agreement_id = ?", event.load(),
                event.capacity(), event.agreementId().value());
    }

    @EventHandler
    void on(VolunteerOverloadFlagged event) {
        jdbc.update("update volunteer_agreement set overload_source = ? where agreement_id = ?",
                event.source().name(), event.agreementId().value());
    }

    @EventHandler
    void on(VolunteerOverloadCleared event) {
        jdbc.update("update volunteer_agreement set overload_source = null where agreement_id = ?",
                event.agreementId().value());
    }

    @EventHandler
    void on(VolunteerAgreementEnded event) {
        jdbc.update("update volunteer_agreement set ended_on = ? where agreement_id = ?",
                Date.valueOf(event.endedOn()), event.agreementId().value());
    }

    Optional<AgreementSummary> find(String agreementId) {
        return summaries("select * from volunteer_agreement where agreement_id = ?", UUID.fromString(agreementId))
                .stream().findFirst();
    }

    List<AgreementSummary> ofVolunteer(String volunteerId) {
        return summaries("select * from volunteer_agreement where volunteer_id = ? order by starts_on, agreement_id",
                UUID.fromString(volunteerId));
    }

    /** The agreements of these organisations' volunteers. */
    List<AgreementSummary> all(Set<String> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return summaries("select * from volunteer_agreement where organisation_id = any (?) "
                + "order by starts_on, agreement_id", (Object) organisationIds.toArray(String[]::new));
    }

    private List<AgreementSummary> summaries(String sql, Object... args) {
        LocalDate today = VolunteerAgreement.today(clock);
        List<AgreementSummary> agreements = jdbc.query(sql, row(today), args);
        if (agreements.isEmpty()) {
            return agreements;
        }
        Object[] ids = agreements.stream().map(a -> UUID.fromString(a.agreementId())).toArray();
        Map<String, List<Training>> trainings = jdbc.query(
                        "select * from volunteer_training where agreement_id = any (?) order by completed_on, training",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids)),
                        (rs, i) -> Map.entry(rs.getString("agreement_id"),
                                new Training(rs.getString("training"), rs.getDate("completed_on").toLocalDate())))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return agreements.stream().map(a -> new AgreementSummary(a.agreementId(), a.volunteerId(), a.organisationId(),
                a.tasks(), a.limits(), a.availableDays(), a.startsOn(), a.endsOn(), a.capacityUnit(), a.capacity(),
                a.load(), a.overloaded(), a.overloadSource(), a.coachId(), a.status(), a.endedOn(),
                trainings.getOrDefault(a.agreementId(), List.of()), a.concludedAt())).toList();
    }

    private static RowMapper<AgreementSummary> row(LocalDate today) {
        return (rs, i) -> {
            String source = rs.getString("overload_source");
            LocalDate endsOn = rs.getDate("ends_on").toLocalDate();
            Date endedOn = rs.getDate("ended_on");
            Status status = endedOn != null ? Status.ENDED : today.isAfter(endsOn) ? Status.EXPIRED : Status.ACTIVE;
            return new AgreementSummary(rs.getString("agreement_id"), rs.getString("volunteer_id"),
                    rs.getString("organisation_id"),
                    Arrays.stream((String[]) rs.getArray("tasks").getArray()).map(VolunteerTask::valueOf).toList(),
                    rs.getString("limits"),
                    Arrays.stream((String[]) rs.getArray("available_days").getArray()).map(DayOfWeek::valueOf)
                            .toList(),
                    rs.getDate("starts_on").toLocalDate(), endsOn, CapacityUnit.valueOf(rs.getString("capacity_unit")),
                    rs.getInt("capacity"), rs.getInt("load"), source != null,
                    source == null ? null : OverloadSource.valueOf(source), rs.getString("coach_id"), status,
                    endedOn == null ? null : endedOn.toLocalDate(), List.of(),
                    rs.getTimestamp("concluded_at").toInstant());
        };
    }

    private static String array(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }
}
