package nl.samenspel.partners.socialmap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.Need;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ServiceId;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The social map holds no personal data, so every signed-in role may search it. Request bodies have no
 * field for a person and are read strictly: a {@code members} list sent for a self-help group is refused,
 * never silently dropped.
 */
@RestController
@RequestMapping("/social-map/services")
@Tag(name = "Social map", description = "Services organisations offer (sociale kaart), searchable by need, "
        + "neighbourhood and kind of help")
class SocialMapController {

    private static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";
    private static final String PRINTABLE = "[^\\p{Cntrl}]*";
    private static final String PRINTABLE_MESSAGE = "must not contain control characters";
    private static final String NEIGHBOURHOOD = "WK[0-9]{6}|BU[0-9]{8}";
    private static final String NEIGHBOURHOOD_MESSAGE =
            "is not a CBS wijkcode (WK followed by 6 digits) or buurtcode (BU followed by 8 digits)";

    private final CommandGateway commands;
    private final SocialMapView view;

    SocialMapController(CommandGateway commands, SocialMapView view) {
        this.commands = commands;
        this.view = view;
    }

    @Schema(name = "OfferServiceRequest")
    record OfferServiceRequest(
            @NotNull @Pattern(regexp = SLUG, message = "is not an organisation id") String organisationId,
            @NotBlank @Size(max = 120) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String name,
            @NotBlank @Size(max = 500) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String description,
            @NotNull @Size(min = 1, max = 15) List<@NotNull Need> needs,
            @NotNull KindOfHelp kindOfHelp,
            @NotNull @Size(min = 1, max = 200)
            List<@NotNull @Pattern(regexp = NEIGHBOURHOOD, message = NEIGHBOURHOOD_MESSAGE) String> neighbourhoods,
            @Schema(description = "Places available; omitted or null when not limited.") @Min(1) Integer capacity,
            @Schema(description = "A general phone number, address, website or walk-in hours; never a person.")
            @NotBlank @Size(max = 500) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String howToReach) {

        ServiceDescription service() {
            return new ServiceDescription(name, description, new LinkedHashSet<>(needs), kindOfHelp,
                    new LinkedHashSet<>(neighbourhoods), capacity, howToReach);
        }
    }

    @Schema(name = "ChangeServiceRequest")
    record ChangeServiceRequest(
            @NotBlank @Size(max = 120) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String name,
            @NotBlank @Size(max = 500) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String description,
            @NotNull @Size(min = 1, max = 15) List<@NotNull Need> needs,
            @NotNull KindOfHelp kindOfHelp,
            @NotNull @Size(min = 1, max = 200)
            List<@NotNull @Pattern(regexp = NEIGHBOURHOOD, message = NEIGHBOURHOOD_MESSAGE) String> neighbourhoods,
            @Schema(description = "Places available; omitted or null when not limited.") @Min(1) Integer capacity,
            @Schema(description = "A general phone number, address, website or walk-in hours; never a person.")
            @NotBlank @Size(max = 500) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String howToReach) {

        ServiceDescription service() {
            return new ServiceDescription(name, description, new LinkedHashSet<>(needs), kindOfHelp,
                    new LinkedHashSet<>(neighbourhoods), capacity, howToReach);
        }
    }

    @PutMapping("/{serviceId}")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Offer a service on the social map",
            description = "A coordinator for any organisation; a partner system or professional for its own. The "
                    + "organisation must be registered (else 400 naming organisationId). Offering an id twice is a "
                    + "409.")
    ResponseEntity<Void> offerService(@PathVariable String serviceId, @Valid @RequestBody OfferServiceRequest request,
            Actor actor) {
        ServiceId id = validId(serviceId);
        commands.sendAndWait(new OfferService(id, OrganisationId.of(request.organisationId()), request.service(),
                actor));
        return ResponseEntity.created(URI.create("/social-map/services/" + id)).build();
    }

    @PutMapping("/{serviceId}/description")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Replace the whole description of a service",
            description = "A coordinator, or a partner system or professional of the offering organisation. A change "
                    + "that changes nothing is a 409 (service-unchanged), as is a change after withdrawal "
                    + "(service-withdrawn); an unknown service is a 404.")
    ResponseEntity<Void> changeService(@PathVariable String serviceId, @Valid @RequestBody ChangeServiceRequest request,
            Actor actor) {
        ServiceId id = validId(serviceId);
        commands.sendAndWait(new ChangeService(id, request.service(), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{serviceId}/withdrawal")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Take a service off the social map",
            description = "A coordinator, or a partner system or professional of the offering organisation. "
                    + "Withdrawing twice is a 409 (service-already-withdrawn); an unknown service is a 404.")
    ResponseEntity<Void> withdrawService(@PathVariable String serviceId, Actor actor) {
        ServiceId id = validId(serviceId);
        commands.sendAndWait(new WithdrawService(id, actor));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize(PartnerPermissions.SIGNED_IN)
    @Operation(summary = "Search the social map",
            description = "Listed (not withdrawn) services matching every given filter. A buurt matches services "
                    + "offered in it or in its wijk; a wijk matches services offered in it or in any buurt in it.")
    List<SocialMapView.ServiceEntry> searchSocialMap(@RequestParam(required = false) Need need,
            @RequestParam(required = false) String neighbourhood, @RequestParam(required = false) KindOfHelp kindOfHelp,
            @RequestParam(required = false) String organisationId) {
        if (neighbourhood != null && !neighbourhood.matches(NEIGHBOURHOOD)) {
            throw new InvalidField("neighbourhood", NEIGHBOURHOOD_MESSAGE);
        }
        if (organisationId != null && !OrganisationId.isValid(organisationId)) {
            throw new InvalidField("organisationId", "is not an organisation id");
        }
        return view.search(new SocialMapView.Search(Optional.ofNullable(need), Optional.ofNullable(neighbourhood),
                Optional.ofNullable(kindOfHelp), Optional.ofNullable(organisationId)));
    }

    @GetMapping("/{serviceId}")
    @PreAuthorize(PartnerPermissions.SIGNED_IN)
    @Operation(summary = "Get a service", description = "Withdrawn services too, with the moment of withdrawal.")
    SocialMapView.ServiceEntry getService(@PathVariable String serviceId) {
        validId(serviceId);
        return view.find(serviceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such service."));
    }

    /**
     * Checked here rather than with @Pattern on the path variable: that would switch the whole method to
     * Spring's method validation, and body errors would then be reported through a second code path.
     */
    private static ServiceId validId(String serviceId) {
        if (!ServiceId.isValid(serviceId)) {
            throw new InvalidField("serviceId", "is not a service id");
        }
        return ServiceId.of(serviceId);
    }
}
