package nl.samenspel.cases.signal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Roles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/signals")
@Tag(name = "Signals", description = "Concerns raised about someone (signalering)")
class SignalController {

    private final CommandGateway commands;

    SignalController(CommandGateway commands) {
        this.commands = commands;
    }

    @Schema(name = "RaiseSignalRequest")
    record RaiseSignalRequest(
            @NotNull @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?", message = "is not a network id")
            @Schema(example = "oggz-zuiderhaven") String networkId,
            @NotNull SignallerRole signallerRole,
            @PersonalData("free-text concern about a person")
            @NotBlank @Size(max = RaiseSignal.MAX_CONCERN_LENGTH)
            @Schema(description = "Short description of the concern. Stays inside case-service.") String concern,
            @NotNull @Schema(description = "Keep the signaller anonymous towards the case team.") Boolean anonymous) {
    }

    record SignalRaisedResponse(String signalId) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('" + Roles.NETWORK_COORDINATOR + "','" + Roles.PROFESSIONAL + "','" + Roles.VOLUNTEER
            + "','" + Roles.INFORMAL_REPRESENTATIVE + "','" + Roles.CITIZEN + "','" + Roles.PARTNER_SYSTEM + "')")
    @Operation(summary = "Raise a signal",
            description = "Anyone working with or living near someone may raise a concern; municipality analysts and "
                    + "privacy officers may not, because they see no individual cases.")
    @ApiResponse(responseCode = "201", description = "The signal was recorded")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid; nothing was stored")
    ResponseEntity<SignalRaisedResponse> raise(@Valid @RequestBody RaiseSignalRequest request) {
        SignalId signalId = SignalId.random();
        commands.sendAndWait(new RaiseSignal(signalId, NetworkId.of(request.networkId()), request.signallerRole(),
                request.concern(), request.anonymous()));
        return ResponseEntity.created(URI.create("/signals/" + signalId)).body(new SignalRaisedResponse(signalId.value()));
    }
}
