package nl.samenspel.cases.consultation;

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
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.Severity;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/consultative-questions")
@Tag(name = "Consultative questions", description = "Anonymous requests for advice, without personal data")
class ConsultationController {

    static final String RETRIEVAL_TOKEN_HEADER = "Samenspel-Retrieval-Token";
    private static final String NETWORK_ID = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";

    private final CommandGateway commands;
    private final ConsultationView view;
    private final CasePermissions permissions;
    private final SecureRandom random = new SecureRandom();

    ConsultationController(CommandGateway commands, ConsultationView view, CasePermissions permissions) {
        this.commands = commands;
        this.view = view;
        this.permissions = permissions;
    }

    @Schema(name = "AskConsultativeQuestionRequest",
            description = "Only these fields are accepted: any other field (a name, BSN, date of birth, address) is "
                    + "refused with a 400 naming it.")
    record AskRequest(
            @NotNull @Pattern(regexp = NETWORK_ID, message = "is not a network id")
            @Schema(example = "wijknetwerk-noord") String networkId,
            @NotNull @Size(min = 1, max = 13) List<@NotNull ProblemDomain> problemDomains,
            @NotNull @Schema(description = "The asker's first estimate") Severity severity,
            @NotBlank @Size(max = AskConsultativeQuestion.MAX_QUESTION_LENGTH)
            @Schema(description = "The situation, without names, BSN, address, postcode, e-mail or phone number: "
                    + "text that looks like any of those is refused.") String question) {
    }

    /** @param retrievalToken shown once: the only way to read the advice, since the asker is not recorded */
    record QuestionAskedResponse(String questionId, String retrievalToken) {
    }

    @Schema(name = "GiveConsultativeAdviceRequest")
    record AdviceRequest(
            @NotNull @Schema(description = "The coordinator's severity estimate") Severity severity,
            @NotNull @Schema(description = "Whether to report the situation so a case can be opened")
            Boolean caseAdvised,
            @NotBlank @Size(max = GiveConsultativeAdvice.MAX_ADVICE_LENGTH) String advice) {
    }

    @PostMapping
    @PreAuthorize(CasePermissions.SIGNALLERS)
    @Operation(summary = "Ask a network for advice, anonymously",
            description = "Nobody's identity is kept with the question. The answer carries a retrieval token; present "
                    + "it in the " + RETRIEVAL_TOKEN_HEADER + " header to read the advice.")
    @ApiResponse(responseCode = "201", description = "The question was recorded")
    @ApiResponse(responseCode = "400", description = "A field is missing, unknown, or carries personal data; nothing "
            + "was stored")
    ResponseEntity<QuestionAskedResponse> ask(@Valid @RequestBody AskRequest request) {
        ConsultativeQuestionId questionId = ConsultativeQuestionId.random();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        commands.sendAndWait(new AskConsultativeQuestion(questionId, NetworkId.of(request.networkId()),
                request.problemDomains(), request.severity(), request.question(), ConsultationView.hash(token)));
        return ResponseEntity.created(URI.create("/consultative-questions/" + questionId))
                .body(new QuestionAskedResponse(questionId.asString(), token));
    }

    @PostMapping("/{questionId}/advice")
    @PreAuthorize(CasePermissions.COORDINATORS)
    @Operation(summary = "Answer a consultative question",
            description = "Only the coordinator of the question's network, once: a second answer is a 409 "
                    + "(advice-already-given).")
    @ApiResponse(responseCode = "204", description = "The advice was recorded")
    ResponseEntity<Void> giveAdvice(@PathVariable String questionId, @Valid @RequestBody AdviceRequest request,
            Actor actor) {
        commands.sendAndWait(new GiveConsultativeAdvice(validId(questionId), actor, request.severity(),
                request.caseAdvised(), request.advice()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize(CasePermissions.COORDINATORS)
    @Operation(summary = "The network's consultative questions", description = "For the network's coordinator only.")
    List<ConsultationView.Question> networkQuestions(@RequestParam String networkId,
            @RequestParam(required = false) Boolean answered, Actor actor) {
        if (!networkId.matches(NETWORK_ID)) {
            throw new InvalidField("networkId", "is not a network id");
        }
        NetworkId network = NetworkId.of(networkId);
        if (!permissions.coordinates(actor, network)) {
            throw new AccessDeniedException("not the coordinator of this network");
        }
        return view.ofNetwork(network, Optional.ofNullable(answered));
    }

    @GetMapping("/{questionId}")
    @PreAuthorize(CasePermissions.SIGNED_IN)
    @Operation(summary = "Read a question and its advice with the retrieval token given when it was asked",
            description = "A wrong or missing token gets a 404, so question ids reveal nothing.")
    ConsultationView.Question withToken(@PathVariable String questionId,
            @RequestHeader(name = RETRIEVAL_TOKEN_HEADER, required = false) String retrievalToken) {
        ConsultativeQuestionId id = validId(questionId);
        if (retrievalToken == null || retrievalToken.length() > 100) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such question.");
        }
        return view.withToken(id, retrievalToken)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such question."));
    }

    private static ConsultativeQuestionId validId(String questionId) {
        if (!ConsultativeQuestionId.isValid(questionId)) {
            throw new InvalidField("questionId", "is not a question id");
        }
        return ConsultativeQuestionId.of(questionId);
    }
}
