package nl.samenspel.testsupport.deadletter;

import java.time.LocalDate;
import nl.samenspel.testsupport.deadletter.Meter.ReadingRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A projection with the defect of issue 8: it hands PostgreSQL any date, and PostgreSQL refuses years past
 * 5874897, failing the statement and with it the transaction. {@link #fixed} stands for the corrected release,
 * which keeps dates it cannot hold out of the row.
 */
@Component
@ProcessingGroup(ReadingView.GROUP)
class ReadingView {

    static final String GROUP = "reading-view";
    private static final LocalDate LAST_STORABLE = LocalDate.of(5874897, 12, 31);

    static volatile boolean fixed;

    private final JdbcTemplate jdbc;

    ReadingView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReadingRecorded event) {
        jdbc.update("insert into probe_reading_log (reading_id) values (?)", event.readingId());
        String readOn = fixed && event.readOn().isAfter(LAST_STORABLE) ? null : event.readOn().toString();
        jdbc.update("insert into probe_reading (reading_id, meter_id, read_on) values (?, ?, ?::date)",
                event.readingId(), event.meterId(), readOn);
    }
}
