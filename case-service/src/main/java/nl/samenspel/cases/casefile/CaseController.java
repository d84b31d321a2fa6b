package nl.samenspel.cases.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.cases.client.ClientDetails;
import nl.samenspel.contracts.ActionStatus;
import nl.samenspel.contracts.ClosureReason;
import nl.samenspel.contracts.DeploymentMode;
import nl.samenspel.contracts.FormalHelpReason;
import nl.samenspel.contracts.HelpDuration;
import nl.samenspel.contracts.InformalHelpKind;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.contracts.PartyKind;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Cases over HTTP. Requests are checked here for shape; who may do what on a case is the case's own rule
 * (403 from the aggregate), and who may read what is {@link CaseReads}'s.
 */
@RestController
@RequestMapping("/cases")
@Tag(name = "Cases", description = "Cases from opening to the follow-up review after closure")
class CaseController {

    private static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String ONE_LINE = "[^\\p{Cntrl}]*";
    /** Free text may span lines and hold tabs; other control characters are refused. */
    private static final String MULTI_LINE = "[\\n\\r\\t[^\\p{Cntrl}]]*";
    private static final String NO_CONTROL = "must not contain control characters";

    private final CommandGateway commands;
    private final CaseReads reads;

    CaseController(CommandGateway commands, CaseReads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    @Schema(name = "ClientDetails", description = "Personal data: stays inside case-service, sealed per client.")
    record ClientRequest(
            @PersonalData("client name") @NotBlank @Size(max = ClientDetails.MAX_NAME_LENGTH)
            @Pattern(regexp = ONE_LINE, message = NO_CONTROL) String name,
            @PersonalData("client date of birth") @NotNull LocalDate dateOfBirth,
            @PersonalData("client BSN") @Pattern(regexp = "[0-9]{9}", message = "is not a BSN (9 digits)") String bsn,
            @PersonalData("client address") @Size(max = ClientDetails.MAX_ADDRESS_LENGTH)
            @Pattern(regexp = ONE_LINE, message = NO_CONTROL) String address,
            @PersonalData("client postcode")
            @Pattern(regexp = ClientDetails.POSTCODE, message = "is not a Dutch postcode (1234 AB)") String postcode,
            @PersonalData("client house number")
            @Pattern(regexp = ClientDetails.HOUSE_NUMBER, message = "is not a house number") String houseNumber) {

        ClientDetails details() {
            return new ClientDetails(name, dateOfBirth, bsn, address, postcode, houseNumber);
        }
    }

    @Schema(name = "OpenCaseRequest")
    record OpenCaseRequest(
            @NotNull @Pattern(regexp = SLUG, message = "is not a network id") String networkId,
            @Pattern(regexp = UUID_PATTERN, message = "is not a signal id") String signalId,
            @NotNull Boolean clientKnownToServices,
            @NotEmpty @Size(max = 13) List<@NotNull ProblemDomain> problemDomains,
            @NotNull Boolean acute,
            @NotNull Presentation presentation,
            @NotNull LegalBasis legalBasis,
            @NotNull @Valid ClientRequest client,
            @Size(max = 12) List<@NotNull @Valid ClientRequest> familyMembers) {
    }

    record CaseOpenedResponse(String caseId, String clientId, List<String> familyClientIds) {
    }

    @PostMapping
    @PreAuthorize(CasePermissions.COORDINATORS)
    @Operation(summary = "Open a case",
            description = "The network's coordinator opens a case from a signal or directly, on a legal basis the "
                    + "network allows (409 legal-basis-not-allowed otherwise). Family members become clients of the "
                    + "same case. Client details stay in case-service; events name clients by a pseudonymous id.")
    ResponseEntity<CaseOpenedResponse> open(@Valid @RequestBody OpenCaseRequest request, Actor actor) {
        CaseId caseId = CaseId.random();
        ClientId clientId = ClientId.random();
        List<OpenCase.FamilyMember> family = request.familyMembers() == null ? List.of()
                : request.familyMembers().stream()
                        .map(member -> new OpenCase.FamilyMember(ClientId.random(), member.details())).toList();
        commands.sendAndWait(new OpenCase(caseId, NetworkId.of(request.networkId()), clientId,
                request.client().details(), request.signalId(), request.clientKnownToServices(),
                request.problemDomains(), request.acute(), request.presentation(), request.legalBasis(), family,
                actor));
        return ResponseEntity.created(URI.create("/cases/" + caseId)).body(new CaseOpenedResponse(caseId.asString(),
                clientId.asString(), family.stream().map(member -> member.clientId().asString()).toList()));
    }

    @GetMapping
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "List cases",
            description = "A coordinator sees their network's cases; others the cases their organisation is in the "
                    + "team of. No personal data.")
    List<CaseReads.CaseSummary> list(Actor actor) {
        return reads.list(actor);
    }

    @GetMapping("/my-tasks")
    @PreAuthorize(CasePermissions.VOLUNTEERS)
    @Operation(summary = "A volunteer's own actions",
            description = "Only the actions the volunteer owns, with what they need to act on them (R5, R6). The "
                    + "volunteer is the person partner-service linked their login to; a login linked to nobody has "
                    + "no tasks.")
    List<CaseReads.Task> myTasks(Actor actor) {
        return reads.tasks(actor);
    }

    @GetMapping("/{caseId}")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Get a case",
            description = "404 for a case you may not see; 403 when your organisation is in the team but partner "
                    + "facts refuse it personal data (e.g. its covenant was withdrawn).")
    CaseReads.CaseDetail get(@PathVariable String caseId, Actor actor) {
        return reads.read(caseId(caseId), actor)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such case."));
    }

    @Schema(name = "Party", description = "An organisation (by organisation id) or an informal helper (by person id).")
    record PartyBody(@NotNull PartyKind kind,
            @NotNull @Pattern(regexp = SLUG + "|" + UUID_PATTERN, message = "is not an organisation or person id")
            String id) {

        /** Checked here so a mismatch of kind and id is a 400 naming the field, not an unreadable body. */
        Party toParty(String field) {
            if (kind == PartyKind.ORGANISATION ? !OrganisationId.isValid(id) : !PersonId.isValid(id)) {
                throw new InvalidField(field, kind == PartyKind.ORGANISATION ? "is not an organisation id"
                        : "an informal helper is named by a person id");
            }
            return new Party(kind, id);
        }
    }

    record PartyRequest(@NotNull @Valid PartyBody party) {
    }

    @PostMapping("/{caseId}/team")
    @PreAuthorize(CasePermissions.COORDINATORS)
    @Operation(summary = "Add a party to the case team",
            description = "Refused with the R3/R4 reason when the party may not receive the case's data.")
    ResponseEntity<Void> addTeamMember(@PathVariable String caseId, @Valid @RequestBody PartyRequest request,
            Actor actor) {
        commands.sendAndWait(new AssignToCaseTeam(caseId(caseId), request.party().toParty("party"), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{caseId}/team-removals")
    @PreAuthorize(CasePermissions.COORDINATORS)
    @Operation(summary = "Take a party off the case team")
    ResponseEntity<Void> removeTeamMember(@PathVariable String caseId, @Valid @RequestBody PartyRequest request,
            Actor actor) {
        commands.sendAndWait(new RemoveCaseTeamMember(caseId(caseId), request.party().toParty("party"), actor));
        return ResponseEntity.noContent().build();
    }

    record TablingRequest(@NotNull @Pattern(regexp = UUID_PATTERN, message = "is not a conference id") String conferenceId,
            @NotNull LocalDate conferenceOn) {
    }

    @PostMapping("/{caseId}/conference-tablings")
    @PreAuthorize(CasePermissions.COORDINATORS)
    @Operation(summary = "Table the case at a case conference")
    ResponseEntity<Void> table(@PathVariable String caseId, @Valid @RequestBody TablingRequest request, Actor actor) {
        commands.sendAndWait(new TableCase(caseId(caseId), request.conferenceId(), request.conferenceOn(), actor));
        return ResponseEntity.noContent().build();
    }

    record AnalysisRequest(@NotNull @Pattern(regexp = UUID_PATTERN, message = "is not a conference id") String conferenceId,
            @PersonalData("analysis") @NotBlank @Size(max = Case.MAX_TEXT_LENGTH)
            @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String analysis) {
    }

    @PostMapping("/{caseId}/analyses")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Record a conference's analysis of the case")
    ResponseEntity<Void> analyse(@PathVariable String caseId, @Valid @RequestBody AnalysisRequest request,
            Actor actor) {
        commands.sendAndWait(new RecordAnalysis(caseId(caseId), request.conferenceId(), request.analysis(), actor));
        return ResponseEntity.noContent().build();
    }

    record ActionRequest(
            @PersonalData("action") @NotBlank @Size(max = Case.MAX_TEXT_LENGTH)
            @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String description,
            @NotNull(message = "an action is owned by exactly one party") @Valid PartyBody owner,
            @NotNull LocalDate dueOn,
            @Pattern(regexp = UUID_PATTERN, message = "is not a conference id") String conferenceId,
            @Schema(description = "For an informal helper: the kind of task, as their volunteer agreement lists them")
            VolunteerTask task,
            @Schema(description = "Only the network's coordinator gives a volunteer a task beyond their agreement, "
                    + "and says why") @Valid LimitsOverrideBody limitsOverride) {
    }

    record LimitsOverrideBody(
            @PersonalData("why a volunteer is given a task beyond their limits") String reason) {
    }

    private static VolunteerLimits.Override limitsOverride(LimitsOverrideBody body) {
        return body == null ? null : new VolunteerLimits.Override(body.reason());
    }

    record ActionAgreedResponse(String actionId) {
    }

    @PostMapping("/{caseId}/actions")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Agree an action", description = "Owned by exactly one party, due within five years. An owner "
            + "outside the team is deployed on the action, not the team, if partner facts allow (R3, R4). A task beyond "
            + "an informal helper's volunteer agreement is refused (409 volunteer-limits-exceeded) unless the network's "
            + "coordinator overrides it with a reason.")
    ResponseEntity<ActionAgreedResponse> agreeAction(@PathVariable String caseId,
            @Valid @RequestBody ActionRequest request, Actor actor) {
        ActionId actionId = ActionId.random();
        commands.sendAndWait(new AgreeAction(caseId(caseId), actionId, request.description(),
                request.owner().toParty("owner"),
                request.dueOn(), request.conferenceId(), request.task(), limitsOverride(request.limitsOverride()),
                actor));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ActionAgreedResponse(actionId.asString()));
    }

    record ProgressRequest(@NotNull ActionStatus status) {
    }

    @PostMapping("/{caseId}/actions/{actionId}/progress")
    @PreAuthorize(CasePermissions.CASE_WORKERS_AND_VOLUNTEERS)
    @Operation(summary = "Review an action's progress", description = "A volunteer may do so for their own actions.")
    ResponseEntity<Void> reviewAction(@PathVariable String caseId, @PathVariable String actionId,
            @Valid @RequestBody ProgressRequest request, Actor actor) {
        if (!ActionId.isValid(actionId)) {
            throw new InvalidField("actionId", "is not an action id");
        }
        commands.sendAndWait(new ReviewActionProgress(caseId(caseId), ActionId.of(actionId), request.status(),
                actor));
        return ResponseEntity.noContent().build();
    }

    record BilateralRequest(@NotNull @Valid PartyBody firstParty, @NotNull @Valid PartyBody secondParty) {
    }

    @PostMapping("/{caseId}/bilateral-handlings")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Record handling between two parties outside a conference")
    ResponseEntity<Void> bilateral(@PathVariable String caseId, @Valid @RequestBody BilateralRequest request,
            Actor actor) {
        commands.sendAndWait(new RecordBilateralHandling(caseId(caseId), request.firstParty().toParty("firstParty"),
                request.secondParty().toParty("secondParty"),
                actor));
        return ResponseEntity.noContent().build();
    }

    record InformalOptionRequest(@NotNull InformalOptionOutcome outcome, FormalHelpReason formalHelpReason) {
    }

    @PostMapping("/{caseId}/informal-option")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Assess the informal option", description = "Formal help only needs a formalHelpReason.")
    ResponseEntity<Void> assessInformalOption(@PathVariable String caseId,
            @Valid @RequestBody InformalOptionRequest request, Actor actor) {
        commands.sendAndWait(new AssessInformalOption(caseId(caseId), request.outcome(), request.formalHelpReason(),
                actor));
        return ResponseEntity.noContent().build();
    }

    record InformalHelpRequest(@NotNull @Valid PartyBody helper, @NotNull DeploymentMode mode,
            @NotNull InformalHelpKind kind, @NotNull HelpDuration duration,
            @Schema(description = "For a volunteer: the kind of task, as their volunteer agreement lists them")
            VolunteerTask task,
            @Schema(description = "Only the network's coordinator deploys a volunteer beyond their agreement, and "
                    + "says why") @Valid LimitsOverrideBody limitsOverride) {
    }

    record InformalHelpDeployedResponse(String deploymentId) {
    }

    @PostMapping("/{caseId}/informal-help")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Deploy informal help", description = "The helper joins the case team if partner facts allow. "
            + "Help beyond a volunteer's agreement (overloaded, task not agreed, no agreement in force) is refused "
            + "(409 volunteer-limits-exceeded) unless the network's coordinator overrides it with a reason.")
    ResponseEntity<InformalHelpDeployedResponse> deployInformalHelp(@PathVariable String caseId,
            @Valid @RequestBody InformalHelpRequest request, Actor actor) {
        String deploymentId = UUID.randomUUID().toString();
        commands.sendAndWait(new DeployInformalHelp(caseId(caseId), deploymentId, request.helper().toParty("helper"),
                request.mode(), request.kind(), request.duration(), request.task(),
                limitsOverride(request.limitsOverride()), actor));
        return ResponseEntity.status(HttpStatus.CREATED).body(new InformalHelpDeployedResponse(deploymentId));
    }

    record GoalRequest(@PersonalData("goal") @NotBlank @Size(max = Case.MAX_TEXT_LENGTH)
            @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String goal) {
    }

    record GoalSetResponse(String goalId) {
    }

    @PostMapping("/{caseId}/plan/goals")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Set a goal in the plan")
    ResponseEntity<GoalSetResponse> setGoal(@PathVariable String caseId, @Valid @RequestBody GoalRequest request,
            Actor actor) {
        String goalId = UUID.randomUUID().toString();
        commands.sendAndWait(new SetPlanGoal(caseId(caseId), goalId, request.goal(), actor));
        return ResponseEntity.status(HttpStatus.CREATED).body(new GoalSetResponse(goalId));
    }

    record ProgressReviewRequest(@NotNull Outcome outcome, LocalDate nextReviewOn) {
    }

    @PostMapping("/{caseId}/plan/reviews")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Review the plan's progress", description = "The next review, when given, lies after today.")
    ResponseEntity<Void> reviewProgress(@PathVariable String caseId, @Valid @RequestBody ProgressReviewRequest request,
            Actor actor) {
        commands.sendAndWait(new ReviewProgress(caseId(caseId), request.outcome(), request.nextReviewOn(), actor));
        return ResponseEntity.noContent().build();
    }

    record AftercareRequest(@NotNull @Valid PartyBody helper, @NotNull LocalDate reviewOn,
            @Schema(description = "Only the network's coordinator gives a volunteer aftercare beyond their agreement, "
                    + "and says why") @Valid LimitsOverrideBody limitsOverride) {
    }

    @PostMapping("/{caseId}/aftercare")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Start aftercare", description = "A helper keeps an eye until a review after today. For a "
            + "volunteer this is an AFTERCARE task up to the review; beyond their agreement (overloaded, not agreed, "
            + "no available day before the review, after the agreement ends) it is refused (409 "
            + "volunteer-limits-exceeded) unless the network's coordinator overrides it with a reason.")
    ResponseEntity<Void> startAftercare(@PathVariable String caseId, @Valid @RequestBody AftercareRequest request,
            Actor actor) {
        commands.sendAndWait(new StartAftercare(caseId(caseId), request.helper().toParty("helper"),
                request.reviewOn(), limitsOverride(request.limitsOverride()), actor));
        return ResponseEntity.noContent().build();
    }

    record ClosureRequest(@NotNull ClosureReason reason, @NotNull Outcome outcome, @NotNull LocalDate followUpReviewOn) {
    }

    @PostMapping("/{caseId}/closure")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Close the case", description = "With a follow-up review after the day of closing. A closed "
            + "case takes nothing but its follow-up review (409 case-closed).")
    ResponseEntity<Void> close(@PathVariable String caseId, @Valid @RequestBody ClosureRequest request, Actor actor) {
        commands.sendAndWait(new CloseCase(caseId(caseId), request.reason(), request.outcome(),
                request.followUpReviewOn(), actor));
        return ResponseEntity.noContent().build();
    }

    record FollowUpRequest(@NotNull Outcome outcome) {
    }

    @PostMapping("/{caseId}/follow-up-review")
    @PreAuthorize(CasePermissions.CASE_WORKERS)
    @Operation(summary = "Record the follow-up review of a closed case")
    ResponseEntity<Void> followUp(@PathVariable String caseId, @Valid @RequestBody FollowUpRequest request,
            Actor actor) {
        commands.sendAndWait(new ReviewFollowUp(caseId(caseId), request.outcome(), actor));
        return ResponseEntity.noContent().build();
    }

    /** Checked here rather than with @Pattern on the path variable, so body errors keep one code path. */
    private static CaseId caseId(String caseId) {
        if (!CaseId.isValid(caseId)) {
            throw new InvalidField("caseId", "is not a case id");
        }
        return CaseId.of(caseId);
    }
}
