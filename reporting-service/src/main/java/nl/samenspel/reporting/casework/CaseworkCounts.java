package nl.samenspel.reporting.casework;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Casework counted per network, month and measure. Counts only: updates run inside
 * {@link nl.samenspel.shared.messaging.ProcessedEvents#runOnce}, which makes each event count once.
 */
@Repository
class CaseworkCounts {

    /** Months are Dutch calendar months, as municipalities account for them. */
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final String TOTAL = "";

    /** A network's counts over a period: per measure, the total and the count per breakdown value. */
    record Figures(Map<Measure, Long> totals, Map<Measure, Map<String, Long>> breakdowns) {

        long total(Measure measure) {
            return totals.getOrDefault(measure, 0L);
        }

        long count(Measure measure, String breakdown) {
            return breakdowns.getOrDefault(measure, Map.of()).getOrDefault(breakdown, 0L);
        }
    }

    /** A network as described by partner-service's events, with whose coordinator may see exact figures. */
    record Network(String networkId, String name, String municipalityCode, String coordinatorOrganisation) {
    }

    private final JdbcTemplate jdbc;

    CaseworkCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Tally tally) {
        LocalDate month = YearMonth.from(tally.at().atZone(DUTCH_TIME)).atDay(1);
        List<String> rows = new ArrayList<>();
        rows.add(TOTAL);
        rows.addAll(tally.breakdowns());
        for (String breakdown : rows) {
            jdbc.update("""
                    insert into casework_count (network_id, month, measure, breakdown, count) values (?, ?, ?, ?, 1)
                    on conflict (network_id, month, measure, breakdown)
                    do update set count = casework_count.count + 1""",
                    tally.networkId(), Date.valueOf(month), tally.measure().key(), breakdown);
        }
    }

    /** Networks known from partner events or from counts, described where partner events said how. */
    List<Network> networks() {
        return jdbc.query("""
                select coalesce(n.network_id, c.network_id) as network_id, n.name, n.municipality_code,
                       n.coordinator_organisation
                from reported_network n
                full outer join (select distinct network_id from casework_count) c on c.network_id = n.network_id
                order by 1""",
                (rs, row) -> new Network(rs.getString("network_id"), rs.getString("name"),
                        rs.getString("municipality_code"), rs.getString("coordinator_organisation")));
    }

    /** The counts of the months {@code from} to {@code to}, both included. */
    Figures figures(String networkId, YearMonth from, YearMonth to) {
        Map<Measure, Long> totals = new HashMap<>();
        Map<Measure, Map<String, Long>> breakdowns = new HashMap<>();
        Map<String, Measure> byKey = new HashMap<>();
        for (Measure measure : Measure.values()) {
            byKey.put(measure.key(), measure);
        }
        jdbc.query("""
                select measure, breakdown, sum(count) as count from casework_count
                where network_id = ? and month between ? and ?
                group by measure, breakdown""",
                rs -> {
                    Measure measure = byKey.get(rs.getString("measure"));
                    if (measure == null) {
                        return; // counted by a later version of this service; this one cannot name it
                    }
                    String breakdown = rs.getString("breakdown");
                    long count = rs.getLong("count");
                    if (TOTAL.equals(breakdown)) {
                        totals.put(measure, count);
                    } else {
                        breakdowns.computeIfAbsent(measure, m -> new HashMap<>()).put(breakdown, count);
                    }
                },
                networkId, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)));
        return new Figures(totals, breakdowns);
    }
}
