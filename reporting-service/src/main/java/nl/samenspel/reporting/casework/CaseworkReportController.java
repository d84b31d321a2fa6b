package nl.samenspel.reporting.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.reporting.access.ReportingPermissions;
import nl.samenspel.reporting.disclosure.SmallCounts;
import nl.samenspel.shared.domain.DateWindow;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/reports")
@Tag(name = "Reports", description = "Aggregated accountability figures; never row-level data")
class CaseworkReportController {

    /** Months back from the current one when no period is asked for: a year, as municipalities account. */
    private static final int DEFAULT_MONTHS = 12;

    /** Casework is accounted for up to ten years back, and no month after the current one has figures yet. */
    private static final DateWindow REPORTED_MONTHS = DateWindow.untilTodayYears(10);

    /**
     * One network's casework over a period. Every measure is about people, so every figure passes the small-count
     * rule (R8): withheld figures are {@code null}, and {@code suppressed} says whether anything was withheld.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NetworkCasework(String networkId, String networkName, String municipalityCode, String from, String to,
            Map<String, Figure> figures, boolean suppressed) {
    }

    /** A measure's total and its breakdown (every possible value, in a fixed order), or null where withheld. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Figure(Long total,
            @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
            Map<String, Long> breakdown) {
    }

    private final CaseworkCounts counts;
    private final SmallCounts smallCounts;
    private final ReportingPermissions permissions;
    private final Clock clock;

    CaseworkReportController(CaseworkCounts counts, SmallCounts smallCounts, ReportingPermissions permissions,
            Clock clock) {
        this.counts = counts;
        this.smallCounts = smallCounts;
        this.permissions = permissions;
        this.clock = clock;
    }

    @GetMapping("/casework")
    @PreAuthorize(ReportingPermissions.READS_REPORTS)
    @Operation(summary = "Casework per network",
            description = "Per network and period: cases opened (by presentation, acute, by problem domain), the "
                    + "informal option assessed, informal help deployed, referrals and handovers made, accepted, "
                    + "declined and left unanswered, signal feedback overdue, reviews due and cases closed by "
                    + "reason. Counts only, by Dutch calendar month; no case, client or party is named. A network's "
                    + "coordinator sees its exact figures; everyone else sees counts below the threshold withheld, "
                    + "and a breakdown withheld when any part of it is small.")
    List<NetworkCasework> casework(
            @Parameter(description = "Only this network; all networks when left out")
            @RequestParam(required = false) String networkId,
            @Parameter(description = "First month (yyyy-MM), included, at most ten years back; a year before `to` when left out")
            @RequestParam(required = false) String from,
            @Parameter(description = "Last month (yyyy-MM), included, at most the current month; the current month when left out")
            @RequestParam(required = false) String to) {
        if (networkId != null && !NetworkId.isValid(networkId)) {
            throw new InvalidField("networkId", "is not a network id");
        }
        YearMonth last = to == null ? YearMonth.now(clock.withZone(CaseworkCounts.DUTCH_TIME)) : month("to", to);
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1L) : month("from", from);
        if (first.isAfter(last)) {
            throw new InvalidField("from", "is after to");
        }
        Actor actor = CurrentActor.fromToken().orElseThrow();
        return counts.networks().stream()
                .filter(network -> networkId == null || network.networkId().equals(networkId))
                .map(network -> present(network, counts.figures(network.networkId(), first, last), first, last,
                        permissions.seesExactFigures(actor, network.coordinatorOrganisation())))
                .toList();
    }

    private NetworkCasework present(CaseworkCounts.Network network, CaseworkCounts.Figures figures, YearMonth from,
            YearMonth to, boolean exact) {
        Map<String, Figure> shown = new LinkedHashMap<>();
        boolean suppressed = false;
        for (Measure measure : Measure.values()) {
            List<String> values = measure.breakdowns();
            long[] parts = values.stream().mapToLong(value -> figures.count(measure, value)).toArray();
            SmallCounts.Shown figure = smallCounts.show(exact, figures.total(measure), parts);
            Map<String, Long> breakdown = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                breakdown.put(values.get(i), figure.part(i));
            }
            shown.put(measure.key(), new Figure(figure.total(), breakdown));
            suppressed |= figure.suppressed();
        }
        return new NetworkCasework(network.networkId(), network.name(), network.municipalityCode(), from.toString(),
                to.toString(), shown, suppressed);
    }

    private YearMonth month(String field, String value) {
        YearMonth month;
        try {
            month = YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "is not a month (yyyy-MM)");
        }
        // A month counts if any day of it lies in the window: the current month, and the one ten years back.
        LocalDate today = LocalDate.now(clock.withZone(CaseworkCounts.DUTCH_TIME));
        if (!REPORTED_MONTHS.contains(month.atEndOfMonth(), today) && !REPORTED_MONTHS.contains(month.atDay(1), today)) {
            throw new InvalidField(field, "must be a month from " + YearMonth.from(REPORTED_MONTHS.first(today)) + " to "
                    + YearMonth.from(REPORTED_MONTHS.last(today)));
        }
        return month;
    }
}
