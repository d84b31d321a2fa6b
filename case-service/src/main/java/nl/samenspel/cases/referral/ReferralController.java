package nl.samenspel.cases.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.cases.casefile.CaseReads;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ReferralTarget;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Referrals", description = "Referrals of a case to an organisation or another network (doorverwijzing)")
class ReferralController {

    private static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";

    private final CommandGateway commands;
    private final ReferralView view;
    private final CaseReads caseReads;
    private final CasePermissions permissions;

    ReferralController(CommandGateway commands, ReferralView view, CaseReads caseReads,
            CasePermissions permissions) {
        this.commands = commands;
        this.view = view;
        this.caseReads = caseReads;
        this.permissions = permissions;
    }

    @Schema(name = "MakeReferralRequest")
    record MakeReferralRequest(
            @NotNull ReferralTarget target,
            @NotNull @Pattern(regexp = SLUG, message = "is not an organisation or network id")
            @Schema(example = "schuldhulp-zuiderhaven") String targetId) {
    }

    @Schema(name = "DeclineReferralRequest")
    record DeclineRequest(@NotNull DeclineReason reason) {
    }

    record ReferralMadeResponse(String referralId) {
    }

    @PostMapping("/cases/{caseId}/referrals")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Refer a case",
            description = "The network's coordinator, or a professional or partner system of an organisation in the "
                    + "case team, refers the case to an organisation or another network. Where the network puts the "
                    + "informal option first, formal help is refused until it was assessed. A referral to a "
                    + "self-help group is recorded as referred and nothing follows.")
    @ApiResponse(responseCode = "201", description = "The referral was made")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid; nothing was stored")
    @ApiResponse(responseCode = "403", description = "Not the coordinator nor an organisation in the case team")
    @ApiResponse(responseCode = "404", description = "No such case")
    @ApiResponse(responseCode = "409", description = "Case closed, or informal option not assessed")
    ResponseEntity<ReferralMadeResponse> makeReferral(@PathVariable String caseId,
            @Valid @RequestBody MakeReferralRequest request, Actor actor) {
        CaseId id = caseId(caseId);
        ReferralId referralId = ReferralId.random();
        commands.sendAndWait(new MakeReferral(referralId, id, request.target(), request.targetId(),
                actor));
        return ResponseEntity.created(URI.create("/referrals/" + referralId))
                .body(new ReferralMadeResponse(referralId.asString()));
    }

    @PostMapping("/referrals/{referralId}/acceptance")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Accept a referral", description = "By the receiving organisation, or the coordinator of "
            + "the receiving network. The organisation joins the case team.")
    @ApiResponse(responseCode = "204", description = "Accepted")
    @ApiResponse(responseCode = "409", description = "Answered already, or a referral to a self-help group")
    ResponseEntity<Void> acceptReferral(@PathVariable String referralId, Actor actor) {
        commands.sendAndWait(new AcceptReferral(referralId(referralId), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/referrals/{referralId}/declination")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Decline a referral", description = "By the receiving party, with a reason.")
    @ApiResponse(responseCode = "204", description = "Declined")
    @ApiResponse(responseCode = "409", description = "Answered already, or a referral to a self-help group")
    ResponseEntity<Void> declineReferral(@PathVariable String referralId,
            @Valid @RequestBody DeclineRequest request, Actor actor) {
        commands.sendAndWait(new DeclineReferral(referralId(referralId), request.reason(), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/referrals/{referralId}/completion")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Complete a referral",
            description = "By the receiving party, the referrer or the network's coordinator, once the help was given.")
    @ApiResponse(responseCode = "204", description = "Completed")
    @ApiResponse(responseCode = "409", description = "Not accepted, completed already, or a self-help group")
    ResponseEntity<Void> completeReferral(@PathVariable String referralId, Actor actor) {
        commands.sendAndWait(new CompleteReferral(referralId(referralId), actor));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/referrals")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Referrals of a case",
            description = "For the network's coordinator and the organisations in the case team; to anyone else the "
                    + "case does not exist (404).")
    List<ReferralView.ReferralSummary> referralsOfCase(@RequestParam String caseId, Actor actor) {
        CaseId id = caseId(caseId);
        caseReads.requireReadable(id, actor);
        return view.ofCase(id);
    }

    @GetMapping("/referrals/incoming")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Referrals to my organisation",
            description = "Referrals to the caller's organisation and, for a coordinator, to the networks it runs.")
    List<ReferralView.ReferralSummary> incomingReferrals(Actor actor) {
        OrganisationId organisation = actor.organisation()
                .orElseThrow(() -> new AccessDeniedException("the token names no organisation"));
        return view.incoming(organisation, permissions.isCoordinator(actor));
    }

    // Ids in the path are checked here rather than with @Pattern: that would switch the whole method to Spring's
    // method validation, and body errors would then be reported through a second code path.
    private static CaseId caseId(String value) {
        if (!CaseId.isValid(value)) {
            throw new InvalidField("caseId", "is not a case id");
        }
        return CaseId.of(value);
    }

    private static ReferralId referralId(String value) {
        if (!ReferralId.isValid(value)) {
            throw new InvalidField("referralId", "is not a referral id");
        }
        return ReferralId.of(value);
    }
}
