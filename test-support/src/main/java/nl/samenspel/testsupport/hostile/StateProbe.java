package nl.samenspel.testsupport.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a service has stored, as row counts per table: the event store and the read tables hostile requests could
 * reach. A request that must be refused may change none of them.
 */
@FunctionalInterface
public interface StateProbe {

    String EVENT_STORE = "domainevententry";

    Map<String, Long> counts();

    /** Rows of the event store and of each read table; table names are the test's own constants, not input. */
    static StateProbe rowCounts(JdbcTemplate jdbc, String... readTables) {
        List<String> tables = new java.util.ArrayList<>(List.of(EVENT_STORE));
        tables.addAll(List.of(readTables));
        return () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
            return counts;
        };
    }
}
