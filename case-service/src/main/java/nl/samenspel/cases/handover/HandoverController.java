package nl.samenspel.cases.handover;

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
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.cases.casefile.CaseReads;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PartyKind;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Handovers", description = "Handovers of the case lead or a task between formal and informal help")
class HandoverController {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final CommandGateway commands;
    private final HandoverView view;
    private final CaseReads caseReads;
    private final CasePermissions permissions;

    HandoverController(CommandGateway commands, HandoverView view, CaseReads caseReads,
            CasePermissions permissions) {
        this.commands = commands;
        this.view = view;
        this.caseReads = caseReads;
        this.permissions = permissions;
    }

    @Schema(name = "InitiateHandoverRequest")
    record InitiateHandoverRequest(
            @NotNull HandoverSubject handedOver,
            @Pattern(regexp = UUID, message = "is not an action id")
            @Schema(description = "The task handed over; leave out for the case lead") String actionId,
            @NotNull PartyKind toKind,
            @NotNull @Size(max = 64) @Schema(description = "An organisation id, or an informal helper's person id")
            String toId,
            @Pattern(regexp = UUID, message = "is not a person id")
            @Schema(description = "The professional backstop; required for a handover to informal help")
            String backstopId,
            @Schema(description = "For a volunteer: the kind of task handed over, as their volunteer agreement lists "
                    + "them") VolunteerTask task,
            @Schema(description = "Only the network's coordinator hands a volunteer work beyond their agreement, and "
                    + "says why") @Valid HandoverLimitsOverride limitsOverride) {
    }

    @Schema(name = "HandoverLimitsOverride")
    record HandoverLimitsOverride(
            @PersonalData("why a volunteer is given a task beyond their limits") String reason) {
    }

    @Schema(name = "DeclineHandoverRequest")
    record DeclineRequest(@NotNull DeclineReason reason) {
    }

    @Schema(name = "HandoverFeedbackRequest")
    record FeedbackRequest(
            @PersonalData("free-text feedback about a client's situation")
            @NotBlank @Size(max = ReturnHandoverFeedback.MAX_FEEDBACK_LENGTH)
            @Schema(description = "How it went, for the one who handed over. Stays inside case-service.")
            String feedback) {
    }

    record HandoverInitiatedResponse(String handoverId) {
    }

    @PostMapping("/cases/{caseId}/handovers")
    @PreAuthorize(CasePermissions.CASE_WORKERS_AND_VOLUNTEERS)
    @Operation(summary = "Hand over the case lead or a task",
            description = "By the party holding the lead or the task (its professionals, representative or system; "
                    + "for an informal helper's task also the helper in person), or the network's coordinator. The "
                    + "receiving party must have the network's covenant, or as an informal helper their "
                    + "confidentiality undertaking (R3); a handover to informal help names a professional backstop.")
    @ApiResponse(responseCode = "201", description = "The handover was initiated")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid; nothing was stored")
    @ApiResponse(responseCode = "403", description = "Not the party handing over nor the coordinator")
    @ApiResponse(responseCode = "404", description = "No such case")
    @ApiResponse(responseCode = "409", description = "The receiving party may not receive the case (the problem "
            + "type names the refusal, e.g. no-covenant, no-undertaking), the case is closed, or the work exceeds a "
            + "volunteer's agreement (volunteer-limits-exceeded) and the network's coordinator did not override it")
    ResponseEntity<HandoverInitiatedResponse> initiateHandover(@PathVariable String caseId,
            @Valid @RequestBody InitiateHandoverRequest request, Actor actor) {
        CaseId id = caseId(caseId);
        HandoverId handoverId = HandoverId.random();
        commands.sendAndWait(new InitiateHandover(handoverId, id, request.handedOver(),
                request.actionId() == null ? null : ActionId.of(request.actionId()),
                party(request.toKind(), request.toId()),
                request.backstopId() == null ? null : PersonId.of(request.backstopId()), request.task(),
                request.limitsOverride() == null ? null : new VolunteerLimits.Override(request.limitsOverride()
                        .reason()), actor));
        return ResponseEntity.created(URI.create("/handovers/" + handoverId))
                .body(new HandoverInitiatedResponse(handoverId.asString()));
    }

    @PostMapping("/handovers/{handoverId}/acceptance")
    @PreAuthorize(CasePermissions.CASE_WORKERS_AND_VOLUNTEERS)
    @Operation(summary = "Accept a handover",
            description = "By the receiving organisation; for an informal helper, by the organisation they volunteer "
                    + "for or by the helper in person, signed in with the login linked to them.")
    @ApiResponse(responseCode = "204", description = "Accepted; the lead or task moves to the receiving party")
    @ApiResponse(responseCode = "409", description = "Answered already")
    ResponseEntity<Void> acceptHandover(@PathVariable String handoverId, Actor actor) {
        commands.sendAndWait(new AcceptHandover(handoverId(handoverId), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/handovers/{handoverId}/declination")
    @PreAuthorize(CasePermissions.CASE_WORKERS_AND_VOLUNTEERS)
    @Operation(summary = "Decline a handover", description = "By the receiving party, with a reason.")
    @ApiResponse(responseCode = "204", description = "Declined")
    @ApiResponse(responseCode = "409", description = "Answered already")
    ResponseEntity<Void> declineHandover(@PathVariable String handoverId,
            @Valid @RequestBody DeclineRequest request, Actor actor) {
        commands.sendAndWait(new DeclineHandover(handoverId(handoverId), request.reason(), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/handovers/{handoverId}/feedback")
    @PreAuthorize(CasePermissions.CASE_WORKERS_AND_VOLUNTEERS)
    @Operation(summary = "Return feedback on a handover", description = "By the receiving party, once accepted.")
    @ApiResponse(responseCode = "204", description = "Returned")
    @ApiResponse(responseCode = "409", description = "Not accepted, or returned already")
    ResponseEntity<Void> returnHandoverFeedback(@PathVariable String handoverId,
            @Valid @RequestBody FeedbackRequest request, Actor actor) {
        commands.sendAndWait(new ReturnHandoverFeedback(handoverId(handoverId), request.feedback(),
                actor));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/handovers")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Handovers of a case, with returned feedback",
            description = "For the network's coordinator and the organisations in the case team; to anyone else the "
                    + "case does not exist (404).")
    List<HandoverView.HandoverSummary> handoversOfCase(@RequestParam String caseId, Actor actor) {
        CaseId id = caseId(caseId);
        return view.ofCase(id, caseReads.requireReadable(id, actor));
    }

    @GetMapping("/handovers/incoming")
    @PreAuthorize(CasePermissions.CASE_WORKERS_AND_VOLUNTEERS)
    @Operation(summary = "Handovers to my organisation, or to me",
            description = "Handovers to the caller's organisation and to the informal helpers it answers for. A "
                    + "volunteer sees only the handovers to themself, as the person their login is linked to; a "
                    + "login linked to nobody sees none.")
    List<HandoverView.HandoverSummary> incomingHandovers(Actor actor) {
        if (permissions.isCaseWorker(actor)) {
            return view.incoming(actor.organisation().orElseThrow(), id -> caseReads.access(id, actor));
        }
        return actor.person().map(person -> view.incomingTo(person, id -> caseReads.access(id, actor)))
                .orElse(List.of());
    }

    private static Party party(PartyKind kind, String id) {
        boolean valid = kind == PartyKind.ORGANISATION ? OrganisationId.isValid(id) : PersonId.isValid(id);
        if (!valid) {
            throw new InvalidField("toId", kind == PartyKind.ORGANISATION ? "is not an organisation id"
                    : "is not a person id");
        }
        return new Party(kind, id);
    }

    // Ids in the path are checked here rather than with @Pattern: that would switch the whole method to Spring's
    // method validation, and body errors would then be reported through a second code path.
    private static CaseId caseId(String value) {
        if (!CaseId.isValid(value)) {
            throw new InvalidField("caseId", "is not a case id");
        }
        return CaseId.of(value);
    }

    private static HandoverId handoverId(String value) {
        if (!HandoverId.isValid(value)) {
            throw new InvalidField("handoverId", "is not a handover id");
        }
        return HandoverId.of(value);
    }
}
