package nl.samenspel.reporting.signals;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.samenspel.reporting.access.ReportingPermissions;
import nl.samenspel.reporting.disclosure.SmallCounts;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/reports")
@Tag(name = "Reports", description = "Aggregated accountability figures; never row-level data")
class SignalsReportController {

    /**
     * One network's figures. A count below the suppression threshold is withheld ({@code null},
     * {@code suppressed = true}) because small numbers in a small neighbourhood can point to a person
     * (R8, applied by {@link SmallCounts}); only the coordinator of the network itself sees its exact figures.
     * {@code suppressed} is true whenever any figure is withheld, and withheld figures are written as {@code null}
     * rather than left out, so a reader can tell "withheld" from "not reported".
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NetworkSignals(String networkId, String networkName, String municipalityCode, Long signals,
            Long formalSignals, Long informalSignals, boolean suppressed) {
    }

    private final SignalsPerNetwork counts;
    private final SmallCounts smallCounts;
    private final ReportingPermissions permissions;

    SignalsReportController(SignalsPerNetwork counts, SmallCounts smallCounts, ReportingPermissions permissions) {
        this.counts = counts;
        this.smallCounts = smallCounts;
        this.permissions = permissions;
    }

    @GetMapping("/signals-per-network")
    @PreAuthorize(ReportingPermissions.READS_REPORTS)
    @Operation(summary = "Signals per network",
            description = "A network's coordinator sees its exact counts; everyone else sees counts below the threshold suppressed.")
    List<NetworkSignals> signalsPerNetwork() {
        Actor actor = CurrentActor.fromToken().orElseThrow();
        return counts.all().stream()
                .map(row -> present(row, permissions.seesExactFigures(actor, row.coordinatorOrganisation()))).toList();
    }

    private NetworkSignals present(SignalsPerNetwork.Row row, boolean exact) {
        SmallCounts.Shown shown = smallCounts.show(exact, row.signals(), row.formal(), row.informal());
        return new NetworkSignals(row.networkId(), row.networkName(), row.municipalityCode(), shown.total(),
                shown.part(0), shown.part(1), shown.suppressed());
    }
}
