package nl.samenspel.partners.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.CurrentActor;
import nl.samenspel.shared.security.Roles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/networks")
@Tag(name = "Networks", description = "OGGZ and neighbourhood networks")
class NetworkController {

    private static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";

    private final CommandGateway commands;
    private final NetworkView view;

    NetworkController(CommandGateway commands, NetworkView view) {
        this.commands = commands;
        this.view = view;
    }

    @Schema(name = "RegisterNetworkRequest")
    record RegisterNetworkRequest(
            @NotBlank @Size(max = 120) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String name,
            @NotNull NetworkType type,
            @NotNull @Pattern(regexp = "GM[0-9]{4}", message = "is not a CBS gemeentecode (GM followed by 4 digits)")
            String municipalityCode,
            @NotNull @Pattern(regexp = SLUG, message = "is not an organisation id") String coordinatorOrganisation) {
    }

    @PutMapping("/{networkId}")
    @PreAuthorize("hasRole('" + Roles.NETWORK_COORDINATOR + "')")
    @Operation(summary = "Register a network",
            description = "A coordinator registers the network their own organisation runs. Registering an id twice is a 409.")
    ResponseEntity<Void> register(@PathVariable String networkId, @Valid @RequestBody RegisterNetworkRequest request) {
        // Checked here rather than with @Pattern on the path variable: that would switch the whole method to
        // Spring's method validation, and body errors would then be reported through a second code path.
        if (!NetworkId.isValid(networkId)) {
            throw new InvalidField("networkId", "is not a network id");
        }
        Actor actor = CurrentActor.require();
        OrganisationId coordinator = OrganisationId.of(request.coordinatorOrganisation());
        if (actor.organisation().filter(coordinator::equals).isEmpty()) {
            throw new AccessDeniedException("a coordinator registers only their own organisation's network");
        }
        commands.sendAndWait(new RegisterNetwork(NetworkId.of(networkId), request.name(), request.type(),
                request.municipalityCode(), coordinator));
        return ResponseEntity.created(URI.create("/networks/" + networkId)).build();
    }

    @GetMapping
    @Operation(summary = "List networks")
    List<NetworkView.NetworkSummary> list() {
        return view.all();
    }

    @GetMapping("/{networkId}")
    @Operation(summary = "Get a network")
    NetworkView.NetworkSummary get(@PathVariable String networkId) {
        return view.find(networkId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such network."));
    }
}
