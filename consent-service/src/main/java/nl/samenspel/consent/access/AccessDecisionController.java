package nl.samenspel.consent.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.partnerfacts.access.AccessDecision;
import nl.samenspel.partnerfacts.access.PartyAccess;
import nl.samenspel.partnerfacts.access.Recipient;
import nl.samenspel.partnerfacts.access.Refusal;
import nl.samenspel.shared.domain.InvalidField;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets the people and systems that pass on a case's personal data see beforehand whether a party may receive it,
 * and why not: the same {@link PartyAccess} every service enforces with, on consent-service's own copy of
 * partner-service's facts (no call to partner-service per request). Who may ask: {@link ConsentPermissions}.
 */
@RestController
@RequestMapping("/access-decisions")
@Tag(name = "Access decisions", description = "Whether a party may receive a case's personal data in a network")
class AccessDecisionController {

    private final PartyAccess access;

    AccessDecisionController(PartyAccess access) {
        this.access = access;
    }

    @Schema(name = "AccessDecision")
    record AccessDecisionResponse(
            @Schema(example = "oggz-zuiderhaven") String networkId,
            @Schema(example = "ggz-zuiderhaven") String organisationId,
            String personId,
            boolean permitted,
            @Schema(description = "Why not; absent when permitted") Refusal reason,
            @Schema(description = "The privacy rule refused under (R3, R4), absent for preconditions") String rule,
            String explanation) {

        static AccessDecisionResponse of(NetworkId network, Recipient recipient, AccessDecision decision) {
            String organisationId = recipient instanceof Recipient.Organisation o ? o.id().value() : null;
            String personId = recipient instanceof Recipient.Person p ? p.id().asString() : null;
            Refusal reason = decision.refusal().orElse(null);
            return new AccessDecisionResponse(network.value(), organisationId, personId, decision.isPermitted(),
                    reason, reason == null || reason.rule().isEmpty() ? null : reason.rule(),
                    reason == null ? null : reason.explanation());
        }
    }

    @GetMapping
    @PreAuthorize(ConsentPermissions.ASKS_ACCESS_DECISIONS)
    @Operation(summary = "Decide whether a party may receive personal data",
            description = "Give the network and exactly one of organisationId and personId. The answer is for a "
                    + "party not deployed on a particular case, so outer-ring members are refused (R4). Decided on "
                    + "this service's copy of partner-service's facts, which may lag partner-service by seconds. "
                    + "For network coordinators, professionals, partner systems and privacy officers.")
    @ApiResponse(responseCode = "200", description = "The decision, with the reason when refused")
    @ApiResponse(responseCode = "400", description = "A parameter is missing or malformed; errors[].field names it",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The role may not ask (e.g. a municipality analyst)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    AccessDecisionResponse decide(
            // Required, but checked here so that its absence is a 400 naming the field like any other bad input.
            @Parameter(required = true, example = "oggz-zuiderhaven") @RequestParam(required = false) String networkId,
            @Parameter(example = "ggz-zuiderhaven") @RequestParam(required = false) String organisationId,
            @Parameter(description = "A person's id (UUID)") @RequestParam(required = false) String personId) {
        if (!NetworkId.isValid(networkId)) {
            throw new InvalidField("networkId", "is required and must be a network id");
        }
        NetworkId network = new NetworkId(networkId);
        Recipient recipient = recipient(organisationId, personId);
        return AccessDecisionResponse.of(network, recipient, access.decide(network, recipient));
    }

    private static Recipient recipient(String organisationId, String personId) {
        if ((organisationId == null) == (personId == null)) {
            throw new InvalidField(organisationId == null ? "organisationId" : "personId",
                    "give exactly one of organisationId and personId");
        }
        if (organisationId != null) {
            if (!OrganisationId.isValid(organisationId)) {
                throw new InvalidField("organisationId", "must be an organisation id");
            }
            return Recipient.organisation(new OrganisationId(organisationId));
        }
        if (!PersonId.isValid(personId)) {
            throw new InvalidField("personId", "must be a person id (a UUID)");
        }
        return Recipient.person(PersonId.of(personId));
    }
}
