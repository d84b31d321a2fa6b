package nl.samenspel.partners.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Networks, their configuration, membership and covenant. A coordinator manages only the network their own
 * organisation runs, and an organisation acts only for itself: the network checks both, since only it knows its
 * coordinator. Reads name organisations and rings, never people, so every authenticated role may read.
 */
@RestController
@RequestMapping("/networks")
@Tag(name = "Networks", description = "OGGZ and neighbourhood networks, their rings and privacy covenant")
class NetworkController {

    private static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String NEIGHBOURHOOD = "WK[0-9]{6}|BU[0-9]{8}";
    private static final String PRINTABLE = "[^\\p{Cntrl}]*";
    private static final String NO_CONTROL_CHARACTERS = "must not contain control characters";

    private final CommandGateway commands;
    private final NetworkView view;
    private final NetworkTypeCatalogue types;
    private final PartnerPermissions permissions;

    NetworkController(CommandGateway commands, NetworkView view, NetworkTypeCatalogue types,
            PartnerPermissions permissions) {
        this.commands = commands;
        this.view = view;
        this.types = types;
        this.permissions = permissions;
    }

    @Schema(name = "RegisterNetworkRequest", description = "Every configuration field omitted (or null) takes the "
            + "default of the network type, as GET /network-types lists them.")
    record RegisterNetworkRequest(
            @NotBlank @Size(max = 120) @Pattern(regexp = PRINTABLE, message = NO_CONTROL_CHARACTERS) String name,
            @NotNull NetworkType type,
            @NotNull @Pattern(regexp = "GM[0-9]{4}", message = "is not a CBS gemeentecode (GM followed by 4 digits)")
            String municipalityCode,
            @NotNull @Pattern(regexp = SLUG, message = "is not an organisation id") String coordinatorOrganisation,
            @Size(min = 1, max = 4) List<@NotNull LegalBasis> allowedLegalBases,
            Boolean coreClosed,
            @Size(max = 17) List<@NotNull Sector> closedCoreSectors,
            @Size(min = 1, max = 2) List<@NotNull Ring> informalPartyRings,
            Boolean informalOptionFirst,
            @Min(0) @Max(120) Integer minimumAge,
            @Min(0) @Max(120) Integer maximumAge,
            @Size(max = 200) List<@NotNull @Pattern(regexp = NEIGHBOURHOOD, message = NEIGHBOURHOOD_MESSAGE) String>
            neighbourhoods,
            @Size(max = 500) @Pattern(regexp = PRINTABLE, message = NO_CONTROL_CHARACTERS)
            String inclusionDescription) {
    }

    private static final String NEIGHBOURHOOD_MESSAGE =
            "is not a CBS wijkcode (WK followed by 6 digits) or buurtcode (BU followed by 8 digits)";

    @Schema(name = "ConfigureNetworkRequest", description = "The whole new configuration: it replaces the old one.")
    record ConfigureNetworkRequest(
            @NotNull @Size(min = 1, max = 4) List<@NotNull LegalBasis> allowedLegalBases,
            @NotNull Boolean coreClosed,
            @Schema(description = "Required when the core is closed; omitted or empty when it is open.")
            @Size(max = 17) List<@NotNull Sector> closedCoreSectors,
            @NotNull @Size(min = 1, max = 2) List<@NotNull Ring> informalPartyRings,
            @NotNull Boolean informalOptionFirst,
            @Min(0) @Max(120) Integer minimumAge,
            @Min(0) @Max(120) Integer maximumAge,
            @Size(max = 200) List<@NotNull @Pattern(regexp = NEIGHBOURHOOD, message = NEIGHBOURHOOD_MESSAGE) String>
            neighbourhoods,
            @Size(max = 500) @Pattern(regexp = PRINTABLE, message = NO_CONTROL_CHARACTERS)
            String inclusionDescription) {
    }

    @Schema(name = "AppointInformalRepresentativeRequest")
    record AppointRepresentativeRequest(@NotNull @Pattern(regexp = UUID, message = "is not a person id (a UUID)")
            String personId) {
    }

    @Schema(name = "InviteOrganisationRequest")
    record InviteRequest(@NotNull @Pattern(regexp = SLUG, message = "is not an organisation id") String organisationId,
            @NotNull Ring ring) {
    }

    @Schema(name = "MoveMemberRequest")
    record MoveRequest(@NotNull Ring ring) {
    }

    @Schema(name = "LeaveNetworkRequest")
    record DepartureRequest(@NotNull LeaveReason reason) {
    }

    @Schema(name = "RepresentInformalPartyRequest")
    record RepresentRequest(@NotNull @Pattern(regexp = SLUG, message = "is not an organisation id")
            String organisationId) {
    }

    @Schema(name = "SignCovenantRequest")
    record SignRequest(
            @Schema(description = "Only for the organisation's own system, recording the signature of one of its "
                    + "professionals; a person signs as themself and omits it (or names themself).")
            @Pattern(regexp = UUID, message = "is not a person id (a UUID)") String signatoryId,
            @NotNull SignatoryLevel level) {
    }

    @PutMapping("/{networkId}")
    @PreAuthorize(PartnerPermissions.COORDINATORS)
    @Operation(summary = "Register a network",
            description = "A coordinator registers the network their own organisation runs; that organisation must be "
                    + "registered (else 400 on coordinatorOrganisation) and give formal help (else 409 "
                    + "coordinator-must-give-formal-help). The configuration defaults to the type's. Registering an id "
                    + "twice is a 409.")
    ResponseEntity<Void> registerNetwork(@PathVariable String networkId,
            @Valid @RequestBody RegisterNetworkRequest request, Actor actor) {
        NetworkId id = validNetworkId(networkId);
        OrganisationId coordinator = OrganisationId.of(request.coordinatorOrganisation());
        if (!permissions.mayRegisterNetworkFor(actor, coordinator)) {
            throw new AccessDeniedException("a coordinator registers only their own organisation's network");
        }
        NetworkConfiguration defaults = types.defaults(request.type()).configuration();
        boolean coreClosed = or(request.coreClosed(), defaults.coreClosed());
        // An open core admits every sector, so a type's closed-core sectors only carry over while the core stays
        // closed.
        Set<Sector> closedCoreSectors = request.closedCoreSectors() != null ? Set.copyOf(request.closedCoreSectors())
                : coreClosed == defaults.coreClosed() ? defaults.closedCoreSectors() : Set.of();
        NetworkConfiguration configuration = new NetworkConfiguration(
                orDefault(request.allowedLegalBases(), defaults.allowedLegalBases()), coreClosed, closedCoreSectors,
                orDefault(request.informalPartyRings(), defaults.informalPartyRings()),
                or(request.informalOptionFirst(), defaults.informalOptionFirst()), request.minimumAge(),
                request.maximumAge(), orDefault(request.neighbourhoods(), Set.of()), request.inclusionDescription());
        commands.sendAndWait(new RegisterNetwork(id, request.name(), request.type(), request.municipalityCode(),
                coordinator, configuration, actor));
        return ResponseEntity.created(URI.create("/networks/" + networkId)).build();
    }

    @PutMapping("/{networkId}/configuration")
    @PreAuthorize(PartnerPermissions.COORDINATORS)
    @Operation(summary = "Reconfigure a network",
            description = "The network's own coordinator replaces its configuration whole. A configuration a current "
                    + "member would break (e.g. closing the core on an informal party in it) is a 409 "
                    + "configuration-conflicts-with-members; an identical one a 409 configuration-unchanged.")
    ResponseEntity<Void> configureNetwork(@PathVariable String networkId,
            @Valid @RequestBody ConfigureNetworkRequest request, Actor actor) {
        NetworkConfiguration configuration = new NetworkConfiguration(Set.copyOf(request.allowedLegalBases()),
                request.coreClosed(), orDefault(request.closedCoreSectors(), Set.of()),
                Set.copyOf(request.informalPartyRings()), request.informalOptionFirst(), request.minimumAge(),
                request.maximumAge(), orDefault(request.neighbourhoods(), Set.of()), request.inclusionDescription());
        commands.sendAndWait(new ConfigureNetwork(validNetworkId(networkId), configuration, actor));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{networkId}/informal-representative")
    @PreAuthorize(PartnerPermissions.COORDINATORS)
    @Operation(summary = "Appoint the informal representative",
            description = "The network's own coordinator appoints a registered person of a member organisation "
                    + "(else 409 representative-not-from-member), replacing any earlier one.")
    ResponseEntity<Void> appointInformalRepresentative(@PathVariable String networkId,
            @Valid @RequestBody AppointRepresentativeRequest request, Actor actor) {
        commands.sendAndWait(new AppointInformalRepresentative(validNetworkId(networkId),
                PersonId.of(request.personId()), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{networkId}/invitations")
    @PreAuthorize(PartnerPermissions.COORDINATORS)
    @Operation(summary = "Invite an organisation into a ring",
            description = "The network's own coordinator invites a registered organisation into the core or outer "
                    + "ring. A closed core refuses an informal party (409 closed-core-refuses-informal-party) and any "
                    + "sector it does not admit (409 sector-not-admitted-to-closed-core); an informal party goes only "
                    + "into the rings the configuration allows (409 ring-closed-to-informal-parties). Inviting a "
                    + "member, an invited or a represented organisation again is a 409.")
    ResponseEntity<Void> inviteOrganisation(@PathVariable String networkId, @Valid @RequestBody InviteRequest request,
            Actor actor) {
        commands.sendAndWait(new InviteOrganisation(validNetworkId(networkId),
                OrganisationId.of(request.organisationId()), request.ring(), actor));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{networkId}/members/{organisationId}")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Join the ring the organisation was invited into",
            description = "The organisation itself (its partner system or a professional) or the network's "
                    + "coordinator. Without an invitation 409 not-invited; a second join 409 already-a-member.")
    ResponseEntity<Void> joinNetwork(@PathVariable String networkId, @PathVariable String organisationId,
            Actor actor) {
        NetworkId network = validNetworkId(networkId);
        commands.sendAndWait(new JoinNetwork(network, validOrganisationId(organisationId), actor));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{networkId}/members/{organisationId}/ring")
    @PreAuthorize(PartnerPermissions.COORDINATORS)
    @Operation(summary = "Move a member to the other ring",
            description = "The network's own coordinator; the ring rules of an invitation apply. Moving a member to "
                    + "the ring it is in is a 409 already-in-ring.")
    ResponseEntity<Void> moveMember(@PathVariable String networkId, @PathVariable String organisationId,
            @Valid @RequestBody MoveRequest request, Actor actor) {
        NetworkId network = validNetworkId(networkId);
        commands.sendAndWait(new MoveMember(network, validOrganisationId(organisationId), request.ring(), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{networkId}/members/{organisationId}/departure")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Leave the network, or remove a member",
            description = "The organisation itself or the network's coordinator, with a reason; only the coordinator "
                    + "gives REMOVED_BY_COORDINATOR. The organisation's covenant ends with its membership. Not a "
                    + "member: 409 not-a-member.")
    ResponseEntity<Void> leaveNetwork(@PathVariable String networkId, @PathVariable String organisationId,
            @Valid @RequestBody DepartureRequest request, Actor actor) {
        NetworkId network = validNetworkId(networkId);
        commands.sendAndWait(new LeaveNetwork(network, validOrganisationId(organisationId), request.reason(), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{networkId}/represented-parties")
    @PreAuthorize(PartnerPermissions.COORDINATORS)
    @Operation(summary = "Record that the informal representative speaks for an informal party",
            description = "The network's own coordinator, once a representative is appointed (else 409 "
                    + "no-informal-representative), for an informal party (else 409 not-an-informal-party) that is "
                    + "not invited, a member or represented already.")
    ResponseEntity<Void> representInformalParty(@PathVariable String networkId,
            @Valid @RequestBody RepresentRequest request, Actor actor) {
        commands.sendAndWait(new RepresentInformalParty(validNetworkId(networkId),
                OrganisationId.of(request.organisationId()), actor));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{networkId}/covenant/{organisationId}")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Sign the network's privacy covenant for a member organisation",
            description = "The organisation itself, never another organisation's coordinator: a professional of it "
                    + "signs as themself (the signatory is the person their login is linked to; naming someone else "
                    + "is a 403), or its own system records the signature of a professional it names in signatoryId. "
                    + "A signatory who is no professional is a 409 signatory-not-a-professional; a level the "
                    + "network's type does not accept (GET /network-types, covenantSignatoryLevels) a 409 "
                    + "signatory-level-not-accepted. Signing twice is a 409 covenant-already-signed; a non-member "
                    + "409 not-a-member.")
    ResponseEntity<Void> signCovenant(@PathVariable String networkId, @PathVariable String organisationId,
            @Valid @RequestBody SignRequest request, Actor actor) {
        NetworkId network = validNetworkId(networkId);
        commands.sendAndWait(new SignCovenant(network, validOrganisationId(organisationId),
                request.signatoryId() == null ? null : PersonId.of(request.signatoryId()), request.level(), actor));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{networkId}/covenant/{organisationId}")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Withdraw a member organisation from the network's privacy covenant",
            description = "The organisation itself or the network's coordinator. Not signed: 409 covenant-not-signed.")
    ResponseEntity<Void> withdrawFromCovenant(@PathVariable String networkId, @PathVariable String organisationId,
            Actor actor) {
        NetworkId network = validNetworkId(networkId);
        commands.sendAndWait(new WithdrawFromCovenant(network, validOrganisationId(organisationId), actor));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize(PartnerPermissions.SIGNED_IN)
    @Operation(summary = "List networks")
    List<NetworkView.NetworkSummary> listNetworks() {
        return view.all();
    }

    @GetMapping("/{networkId}")
    @PreAuthorize(PartnerPermissions.SIGNED_IN)
    @Operation(summary = "Get a network with its configuration and informal representative")
    NetworkView.NetworkSummary getNetwork(@PathVariable String networkId) {
        validNetworkId(networkId);
        return view.find(networkId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such network."));
    }

    @GetMapping("/{networkId}/members")
    @PreAuthorize(PartnerPermissions.SIGNED_IN)
    @Operation(summary = "A network's members by ring with their covenant, open invitations and represented parties")
    NetworkView.Membership getMembership(@PathVariable String networkId) {
        getNetwork(networkId);
        return view.membership(networkId);
    }

    /**
     * Ids in the path are checked here rather than with @Pattern on the path variable: that would switch the
     * whole method to Spring's method validation, and body errors would then be reported through a second path.
     */
    private static NetworkId validNetworkId(String networkId) {
        if (!NetworkId.isValid(networkId)) {
            throw new InvalidField("networkId", "is not a network id");
        }
        return NetworkId.of(networkId);
    }

    private static OrganisationId validOrganisationId(String organisationId) {
        if (!OrganisationId.isValid(organisationId)) {
            throw new InvalidField("organisationId", "is not an organisation id");
        }
        return OrganisationId.of(organisationId);
    }

    private static boolean or(Boolean chosen, boolean fallback) {
        return chosen == null ? fallback : chosen;
    }

    private static <T> Set<T> orDefault(List<T> chosen, Set<T> fallback) {
        return chosen == null ? fallback : Set.copyOf(chosen);
    }
}
