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
import java.util.List;
import java.util.Optional;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.CurrentActor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/signals")
@Tag(name = "Signals", description = "Concerns raised about someone (signalering), and the feedback owed for them")
class SignalController {

    static final String NETWORK_ID = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";

    private final CommandGateway commands;
    private final SignalView view;
    private final CasePermissions permissions;

    SignalController(CommandGateway commands, SignalView view, CasePermissions permissions) {
        this.commands = commands;
        this.view = view;
        this.permissions = permissions;
    }

    @Schema(name = "RaiseSignalRequest")
    record RaiseSignalRequest(
            @NotNull @Pattern(regexp = NETWORK_ID, message = "is not a network id")
            @Schema(example = "oggz-zuiderhaven") String networkId,
            @NotNull SignallerRole signallerRole,
            @PersonalData("free-text concern about a person")
            @NotBlank @Size(max = RaiseSignal.MAX_CONCERN_LENGTH)
            @Schema(description = "Short description of the concern. Stays inside case-service, encrypted.")
            String concern,
            @NotNull @Schema(description = "Keep the signaller anonymous: the signal is stored and published without "
                    + "who raised it, and only the signaller finds it again under \"my signals\".") Boolean anonymous) {
    }

    record SignalRaisedResponse(String signalId) {
    }

    @Schema(name = "RecordSignalFeedbackRequest")
    record RecordSignalFeedbackRequest(
            @PersonalData("free-text feedback about a person")
            @NotBlank @Size(max = RecordSignalFeedback.MAX_FEEDBACK_LENGTH)
            @Schema(description = "What happened with the signal, in words the signaller understands.")
            String feedback) {
    }

    @PostMapping
    @PreAuthorize(CasePermissions.SIGNALLERS)
    @Operation(summary = "Raise a signal",
            description = "Anyone working with or living near someone may raise a concern; municipality analysts and "
                    + "privacy officers may not, because they see no individual cases. The signaller is owed feedback "
                    + "within the network's feedback term (10 working days by default).")
    @ApiResponse(responseCode = "201", description = "The signal was recorded")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid; nothing was stored")
    ResponseEntity<SignalRaisedResponse> raise(@Valid @RequestBody RaiseSignalRequest request, Actor actor) {
        SignalId signalId = SignalId.random();
        commands.sendAndWait(new RaiseSignal(signalId, NetworkId.of(request.networkId()), request.signallerRole(),
                request.concern(), request.anonymous(), actor));
        return ResponseEntity.created(URI.create("/signals/" + signalId)).body(new SignalRaisedResponse(signalId.value()));
    }

    @PostMapping("/{signalId}/feedback")
    @PreAuthorize(CasePermissions.COORDINATORS)
    @Operation(summary = "Record the feedback owed to the signaller",
            description = "Only the coordinator of the signal's network (the token's organisation), once per signal: "
                    + "a second feedback is a 409 (feedback-already-recorded).")
    @ApiResponse(responseCode = "204", description = "The feedback was recorded")
    @ApiResponse(responseCode = "403", description = "Not the coordinator of the signal's network")
    @ApiResponse(responseCode = "404", description = "No such signal")
    ResponseEntity<Void> recordFeedback(@PathVariable String signalId,
            @Valid @RequestBody RecordSignalFeedbackRequest request, Actor actor) {
        if (!SignalId.isValid(signalId)) {
            throw new InvalidField("signalId", "is not a signal id");
        }
        commands.sendAndWait(new RecordSignalFeedback(SignalId.of(signalId), actor, request.feedback()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize(CasePermissions.COORDINATORS)
    @Operation(summary = "The network's signals with their feedback status",
            description = "For the network's coordinator only. The signaller is left out of anonymous signals. "
                    + "feedback=owed|overdue|given narrows the list.")
    List<SignalView.NetworkSignal> networkSignals(@RequestParam String networkId,
            @RequestParam(required = false) String feedback, Actor actor) {
        if (!networkId.matches(NETWORK_ID)) {
            throw new InvalidField("networkId", "is not a network id");
        }
        Optional<SignalView.FeedbackStatus> status = Optional.ofNullable(feedback).map(SignalController::status);
        NetworkId network = NetworkId.of(networkId);
        if (!permissions.coordinates(actor, network)) {
            throw new AccessDeniedException("not the coordinator of this network");
        }
        return view.ofNetwork(network, status);
    }

    @GetMapping("/mine")
    @PreAuthorize(CasePermissions.SIGNED_IN)
    @Operation(summary = "The signals I raised, with the feedback given on them",
            description = "Only the signals raised under the caller's own token subject, anonymous ones included.")
    List<SignalView.OwnSignal> mySignals(Actor actor) {
        return view.raisedBy(actor.userId());
    }

    private static SignalView.FeedbackStatus status(String feedback) {
        return switch (feedback) {
            case "owed" -> SignalView.FeedbackStatus.OWED;
            case "overdue" -> SignalView.FeedbackStatus.OVERDUE;
            case "given" -> SignalView.FeedbackStatus.GIVEN;
            default -> throw new InvalidField("feedback", "must be one of owed, overdue, given");
        };
    }
}
