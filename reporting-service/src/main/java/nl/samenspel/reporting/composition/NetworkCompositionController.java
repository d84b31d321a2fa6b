package nl.samenspel.reporting.composition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.reporting.access.ReportingPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/reports")
@Tag(name = "Reports", description = "Aggregated accountability figures; never row-level data")
class NetworkCompositionController {

    private final NetworkCompositionReport report;

    NetworkCompositionController(NetworkCompositionReport report) {
        this.report = report;
    }

    @GetMapping("/network-composition")
    @PreAuthorize(ReportingPermissions.READS_REPORTS)
    @Operation(summary = "Network composition",
            description = "Core and outer ring by organisation type and formality, joins and leaves per month, and "
                    + "volunteer load and overload. Partners are counted, never named. A network's coordinator sees "
                    + "its exact volunteer figures; everyone else sees counts below the threshold suppressed.")
    List<NetworkCompositionReport.NetworkCompositionView> networkComposition(
            @Parameter(description = "Only this network; all networks when left out")
            @RequestParam(required = false) String networkId) {
        if (networkId != null && !NetworkId.isValid(networkId)) {
            throw new InvalidField("networkId", "is not a network id");
        }
        return report.as(CurrentActor.fromToken().orElseThrow(), Optional.ofNullable(networkId));
    }
}
