package nl.samenspel.reporting.signals;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.CurrentActor;
import nl.samenspel.shared.security.Roles;
import org.springframework.beans.factory.annotation.Value;
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
     * (R8); only the coordinator of the network itself sees its exact figures. {@code suppressed} is true whenever any figure is
     * withheld, and withheld figures are written as {@code null} rather than left out, so a reader can
     * tell "withheld" from "not reported".
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NetworkSignals(String networkId, String networkName, String municipalityCode, Long signals,
            Long formalSignals, Long informalSignals, boolean suppressed) {
    }

    private final SignalsPerNetwork counts;
    private final int suppressBelow;

    SignalsReportController(SignalsPerNetwork counts,
            @Value("${samenspel.reporting.suppress-counts-below:5}") int suppressBelow) {
        this.counts = counts;
        this.suppressBelow = suppressBelow;
    }

    @GetMapping("/signals-per-network")
    @PreAuthorize("hasAnyRole('" + Roles.MUNICIPALITY_ANALYST + "','" + Roles.NETWORK_COORDINATOR + "')")
    @Operation(summary = "Signals per network",
            description = "A network's coordinator sees its exact counts; everyone else sees counts below the threshold suppressed.")
    List<NetworkSignals> signalsPerNetwork() {
        Actor actor = CurrentActor.require();
        return counts.all().stream().map(row -> present(row, !coordinates(actor, row))).toList();
    }

    private static boolean coordinates(Actor actor, SignalsPerNetwork.Row row) {
        return actor.hasRole(Roles.NETWORK_COORDINATOR) && row.coordinatorOrganisation() != null
                && actor.organisation().map(OrganisationId::value).filter(row.coordinatorOrganisation()::equals).isPresent();
    }

    private NetworkSignals present(SignalsPerNetwork.Row row, boolean suppress) {
        if (suppress && row.signals() > 0 && row.signals() < suppressBelow) {
            return new NetworkSignals(row.networkId(), row.networkName(), row.municipalityCode(), null, null, null, true);
        }
        // Splitting a total that is shown may still expose a small sub-count.
        boolean splitSuppressed = suppress && (isSmall(row.formal()) || isSmall(row.informal()));
        return new NetworkSignals(row.networkId(), row.networkName(), row.municipalityCode(), row.signals(),
                splitSuppressed ? null : row.formal(), splitSuppressed ? null : row.informal(), splitSuppressed);
    }

    private boolean isSmall(long count) {
        return count > 0 && count < suppressBelow;
    }
}
