package nl.samenspel.partners.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * People carry personal data, so every read is limited: an organisation (its professionals and its system) sees its
 * own people, a coordinator reads those of the organisations in their networks (and administers only their own
 * organisation's), and anyone sees themself. Municipality
 * analysts, citizens and volunteers see nobody else here. {@link PartnerPermissions} decides each of these.
 */
@RestController
@RequestMapping("/people")
@Tag(name = "People", description = "Professionals and informal helpers")
class PersonController {

    private static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";

    private final CommandGateway commands;
    private final PeopleView view;
    private final PartnerPermissions permissions;

    PersonController(CommandGateway commands, PeopleView view, PartnerPermissions permissions) {
        this.commands = commands;
        this.view = view;
        this.permissions = permissions;
    }

    @Schema(name = "RegisterPersonRequest")
    record RegisterPersonRequest(
            @NotNull PersonKind kind,
            @Schema(description = "The organisation the person works or volunteers for; omitted only for a family "
                    + "carer without one.")
            @Pattern(regexp = SLUG, message = "is not an organisation id") String organisationId,
            @NotBlank @Size(max = 120)
            @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
            @Email @Size(max = 320) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String email,
            @Pattern(regexp = "\\+?[0-9][0-9 -]{5,18}", message = "is not a phone number") String phone,
            @Schema(description = "The Keycloak subject (sub) the person signs in with.")
            @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "is not an account id") String accountId) {
    }

    @PutMapping("/{personId}")
    @PreAuthorize(PartnerPermissions.PEOPLE_REGISTRARS)
    @Operation(summary = "Register a professional or informal helper",
            description = "A partner system or professional registers informal helpers of its own organisation, and "
                    + "family carers without one. The kind is not the registering professional's word: a "
                    + "professional, or anyone with a login (accountId), is registered only by the organisation's own "
                    + "system, a coordinator of that organisation or the platform operator (403 otherwise), since the "
                    + "kind decides whether the undertaking rule applies and the login who this person is. A network "
                    + "coordinator registers nobody of another organisation. Self-help groups keep "
                    + "no members: registering a person with one is a 409 (self-help-group-has-no-members). "
                    + "Registering an id twice is a 409.")
    ResponseEntity<Void> registerPerson(@PathVariable String personId,
            @Valid @RequestBody RegisterPersonRequest request, Actor actor) {
        PersonId id = validId(personId);
        OrganisationId organisation =
                request.organisationId() == null ? null : OrganisationId.of(request.organisationId());
        if (request.accountId() != null) {
            refuseLoginOfAnother(id, request.accountId());
        }
        commands.sendAndWait(new RegisterPerson(id, request.kind(), organisation, request.name(), request.email(),
                request.phone(), request.accountId(), actor));
        return ResponseEntity.created(URI.create("/people/" + id)).build();
    }

    @Schema(name = "LinkPersonAccountRequest")
    record LinkPersonAccountRequest(
            @Schema(description = "The Keycloak subject (sub) the person signs in with.")
            @NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "is not an account id") String accountId) {
    }

    @PutMapping("/{personId}/account")
    @PreAuthorize(PartnerPermissions.LOGIN_ADMINISTRATORS)
    @Operation(summary = "Link the login a person signs in with",
            description = "From then on a token with this subject is this person, here and in case-service, where a "
                    + "volunteer sees and updates only the tasks and handovers that name them (R6). Only the "
                    + "organisation's own system, a coordinator of that organisation or the platform operator links a "
                    + "login, not a professional of it nor another network's coordinator (403 otherwise). Linking the "
                    + "same login again changes nothing; a person already linked to another login is a 409 "
                    + "(person-already-linked), a login linked to another person a 409 "
                    + "(account-linked-to-another-person); an unknown person a 404.")
    ResponseEntity<Void> linkPersonAccount(@PathVariable String personId,
            @Valid @RequestBody LinkPersonAccountRequest request, Actor actor) {
        PersonId id = validId(personId);
        refuseLoginOfAnother(id, request.accountId());
        commands.sendAndWait(new LinkPersonAccount(id, request.accountId(), actor));
        return ResponseEntity.noContent().build();
    }

    /**
     * One login is one person. Checked on the read model, which may lag a moment behind a link made in the same
     * instant; services that look a login up take the first person it was linked to, so a late duplicate never
     * takes over someone's login.
     */
    private void refuseLoginOfAnother(PersonId person, String accountId) {
        view.byAccount(accountId).filter(linked -> !linked.personId().equals(person.asString())).ifPresent(linked -> {
            throw new RuleViolation("account-linked-to-another-person", "This login is linked to another person.");
        });
    }

    @PutMapping("/{personId}/undertakings/{networkId}")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES_AND_VOLUNTEERS)
    @Operation(summary = "Record an informal helper's confidentiality undertaking for a network",
            description = "Informal helpers have no professional secrecy: other services open personal data to them "
                    + "in a network only after this (R3). Recorded by the person themself, their organisation or the "
                    + "network's coordinator. A professional is a 409 (undertaking-is-for-informal-helpers), a second signature "
                    + "for the same network a 409 (undertaking-already-signed), an unknown network a 400 naming "
                    + "networkId, an unknown person a 404.")
    ResponseEntity<Void> signUndertaking(@PathVariable String personId, @PathVariable String networkId,
            Actor actor) {
        PersonId id = validId(personId);
        if (!NetworkId.isValid(networkId)) {
            throw new InvalidField("networkId", "is not a network id");
        }
        commands.sendAndWait(new SignConfidentialityUndertaking(id, NetworkId.of(networkId), actor));
        return ResponseEntity.created(URI.create("/people/" + id)).build();
    }

    @GetMapping
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "List people",
            description = "Coordinators list the people of the organisations in their networks (all of them, or one "
                    + "organisation's); others only their own organisation's.")
    List<PeopleView.PersonSummary> listPeople(@RequestParam(required = false) String organisationId, Actor actor) {
        return view.all(permissions.listingOfPeople(actor, organisationId));
    }

    @GetMapping("/me")
    @PreAuthorize(PartnerPermissions.SIGNED_IN)
    @Operation(summary = "The signed-in person's own record")
    PeopleView.PersonSummary getMyself(Actor actor) {
        return view.byAccount(actor.userId()).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person is linked to this account."));
    }

    @GetMapping("/{personId}")
    @PreAuthorize(PartnerPermissions.SIGNED_IN)
    @Operation(summary = "Get a person",
            description = "The person themself, their own organisation, and the coordinators of the networks it "
                    + "takes part in.")
    PeopleView.PersonSummary getPerson(@PathVariable String personId, Actor actor) {
        validId(personId);
        PeopleView.PersonSummary person = view.find(personId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such person."));
        if (!permissions.mayReadPerson(actor, Optional.ofNullable(person.organisationId()).map(OrganisationId::of),
                Optional.ofNullable(person.accountId()))) {
            throw new AccessDeniedException("not this person's coordinator, organisation or self");
        }
        return person;
    }

    private static PersonId validId(String personId) {
        if (!PersonId.isValid(personId)) {
            throw new InvalidField("personId", "is not a person id (a UUID)");
        }
        return PersonId.of(personId);
    }
}
