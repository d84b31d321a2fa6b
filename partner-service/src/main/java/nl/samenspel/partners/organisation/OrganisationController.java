package nl.samenspel.partners.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Sector;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
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

@RestController
@RequestMapping("/organisations")
@Tag(name = "Organisations", description = "Partner organisations and the neighbourhoods they serve")
class OrganisationController {

    private static final String NEIGHBOURHOOD = "WK[0-9]{6}|BU[0-9]{8}";
    private static final String NEIGHBOURHOOD_MESSAGE =
            "is not a CBS wijkcode (WK followed by 6 digits) or buurtcode (BU followed by 8 digits)";

    private final CommandGateway commands;
    private final OrganisationView view;
    private final PartnerPermissions permissions;

    OrganisationController(CommandGateway commands, OrganisationView view, PartnerPermissions permissions) {
        this.commands = commands;
        this.view = view;
        this.permissions = permissions;
    }

    @Schema(name = "RegisterOrganisationRequest")
    record RegisterOrganisationRequest(
            @NotBlank @Size(max = 120) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String name,
            @NotNull KindOfHelp kindOfHelp,
            @NotNull KindOfParty kindOfParty,
            @NotNull OrganisationType organisationType,
            @NotNull Sector sector,
            @NotNull @Pattern(regexp = "GM[0-9]{4}", message = "is not a CBS gemeentecode (GM followed by 4 digits)")
            String municipalityCode,
            @NotNull @Size(min = 1, max = 200)
            List<@NotNull @Pattern(regexp = NEIGHBOURHOOD, message = NEIGHBOURHOOD_MESSAGE) String> neighbourhoods) {
    }

    @Schema(name = "ChangeServiceAreaRequest")
    record ChangeServiceAreaRequest(
            @NotNull @Size(min = 1, max = 200)
            List<@NotNull @Pattern(regexp = NEIGHBOURHOOD, message = NEIGHBOURHOOD_MESSAGE) String> neighbourhoods) {
    }

    @PutMapping("/{organisationId}")
    @PreAuthorize(PartnerPermissions.ONBOARDERS)
    @Operation(summary = "Register an organisation",
            description = "A network coordinator onboards any partner organisation; a partner system registers only its "
                    + "own organisation (the token's organisation claim). Registering an id twice is a 409.")
    ResponseEntity<Void> registerOrganisation(@PathVariable String organisationId,
            @Valid @RequestBody RegisterOrganisationRequest request, Actor actor) {
        OrganisationId id = validId(organisationId);
        if (!permissions.mayOnboard(actor, id)) {
            throw new AccessDeniedException("a partner system registers only its own organisation");
        }
        commands.sendAndWait(new RegisterOrganisation(id, request.name(), request.kindOfHelp(), request.kindOfParty(),
                request.organisationType(), request.sector(), request.municipalityCode(),
                new LinkedHashSet<>(request.neighbourhoods())));
        return ResponseEntity.created(URI.create("/organisations/" + organisationId)).build();
    }

    @PutMapping("/{organisationId}/service-area")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Replace the neighbourhoods an organisation serves",
            description = "A network coordinator, or a partner system or professional of the organisation itself. "
                    + "A change that changes nothing is a 409 (service-area-unchanged).")
    ResponseEntity<Void> changeServiceArea(@PathVariable String organisationId,
            @Valid @RequestBody ChangeServiceAreaRequest request, Actor actor) {
        OrganisationId id = validId(organisationId);
        if (!permissions.curatesFactsOf(actor, id)) {
            throw new AccessDeniedException("only a network coordinator acts for another organisation");
        }
        try {
            commands.sendAndWait(new ChangeServiceArea(id, new LinkedHashSet<>(request.neighbourhoods())));
        } catch (AggregateNotFoundException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such organisation.");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize(PartnerPermissions.SIGNED_IN)
    @Operation(summary = "List organisations",
            description = "Optionally only one sector, and only those serving a neighbourhood: a buurt is served by an "
                    + "organisation serving it or its wijk, a wijk by one serving it or any buurt in it.")
    List<OrganisationView.OrganisationSummary> listOrganisations(@RequestParam(required = false) Sector sector,
            @RequestParam(required = false) String neighbourhood) {
        if (neighbourhood != null && !neighbourhood.matches(NEIGHBOURHOOD)) {
            throw new InvalidField("neighbourhood", NEIGHBOURHOOD_MESSAGE);
        }
        return view.all(Optional.ofNullable(sector), Optional.ofNullable(neighbourhood));
    }

    @GetMapping("/{organisationId}")
    @PreAuthorize(PartnerPermissions.SIGNED_IN)
    @Operation(summary = "Get an organisation")
    OrganisationView.OrganisationSummary getOrganisation(@PathVariable String organisationId) {
        return view.find(organisationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such organisation."));
    }

    /**
     * Checked here rather than with @Pattern on the path variable: that would switch the whole method to
     * Spring's method validation, and body errors would then be reported through a second code path.
     */
    private static OrganisationId validId(String organisationId) {
        if (!OrganisationId.isValid(organisationId)) {
            throw new InvalidField("organisationId", "is not an organisation id");
        }
        return OrganisationId.of(organisationId);
    }
}
