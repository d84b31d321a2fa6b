package nl.samenspel.partners.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.samenspel.partners.access.PartnerPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/network-types")
@Tag(name = "Networks")
class NetworkTypeController {

    private final NetworkTypeCatalogue types;

    NetworkTypeController(NetworkTypeCatalogue types) {
        this.types = types;
    }

    @GetMapping
    @PreAuthorize(PartnerPermissions.SIGNED_IN)
    @Operation(summary = "Network types and the configuration a new network of each type gets by default")
    List<NetworkTypeCatalogue.NetworkTypeDefaults> listNetworkTypes() {
        return types.all();
    }
}
