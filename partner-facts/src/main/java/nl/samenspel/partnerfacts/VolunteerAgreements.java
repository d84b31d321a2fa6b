package nl.samenspel.partnerfacts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.VolunteerTask;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A volunteer's agreement as partner-service announced it ("tot zover en niet verder"): which tasks they take on,
 * on which days, for how long, and whether they are flagged as overloaded. What a case-service needs to decide
 * whether a volunteer may be given a task.
 */
public class VolunteerAgreements {

    private final JdbcTemplate jdbc;

    public VolunteerAgreements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param endsOn     the last day: the agreed end date, or the day it ended early
     * @param overloaded the latest overload flag (flagged or cleared) of this agreement
     */
    public record Agreement(String agreementId, OrganisationId organisation, Set<VolunteerTask> tasks,
            Set<DayOfWeek> availableDays, LocalDate startsOn, LocalDate endsOn, boolean overloaded) {

        public Agreement {
            tasks = Set.copyOf(tasks);
            availableDays = Set.copyOf(availableDays);
        }
    }

    /**
     * The agreement in force for the volunteer on {@code day}; empty when none is, or its terms have not arrived.
     * Should two be in force, the one with the volunteer's own organisation counts, then the latest to start.
     */
    public Optional<Agreement> inForce(PersonId volunteer, LocalDate day) {
        return jdbc.query("""
                select a.agreement_id, a.organisation_id, a.tasks, a.available_days, a.starts_on,
                       least(a.ends_on, coalesce(a.ended_on, a.ends_on)) as last_day, a.overloaded
                from partner_volunteer_agreement a
                left join partner_person p on p.person_id = a.volunteer_id
                where a.volunteer_id = ? and a.concluded_at is not null
                  and a.starts_on <= ? and least(a.ends_on, coalesce(a.ended_on, a.ends_on)) >= ?
                order by (a.organisation_id is not distinct from p.organisation_id) desc, a.starts_on desc,
                         a.agreement_id
                limit 1""",
                (rs, row) -> new Agreement(rs.getString("agreement_id"), OrganisationId.of(rs.getString("organisation_id")),
                        set(rs, "tasks", VolunteerTask.class, VolunteerTask::valueOf),
                        set(rs, "available_days", DayOfWeek.class, DayOfWeek::valueOf),
                        rs.getDate("starts_on").toLocalDate(), rs.getDate("last_day").toLocalDate(),
                        rs.getBoolean("overloaded")),
                volunteer.value(), day, day).stream().findFirst();
    }

    private static <E extends Enum<E>> Set<E> set(ResultSet rs, String column, Class<E> type,
            Function<String, E> parse) throws SQLException {
        Array array = rs.getArray(column);
        Set<E> values = EnumSet.noneOf(type);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(parse).forEach(values::add);
        }
        return values;
    }
}
