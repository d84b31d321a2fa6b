package nl.samenspel.reporting.casework;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One event's contribution: one more for {@code measure} in the network's month of {@code at}, and one more for
 * each of {@code breakdowns}.
 */
record Tally(String networkId, Instant at, Measure measure, List<String> breakdowns) {

    static Tally of(String networkId, Instant at, Measure measure, Enum<?>... breakdowns) {
        return new Tally(networkId, at, measure, Arrays.stream(breakdowns).map(Enum::name).toList());
    }
}
