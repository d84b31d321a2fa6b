package nl.samenspel.partners.volunteering;

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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.partners.people.PeopleView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Volunteer agreements hold a volunteer's limits in their own words, so reads are narrow: coordinators, the
 * volunteer's organisation, the volunteer themself and their coach. Municipality analysts see no personal data
 * here (they get load and overload counts from the published events through reporting).
 */
@RestController
@RequestMapping("/volunteer-agreements")
@Tag(name = "Volunteer agreements", description = "Tasks, limits, days, coach, training, capacity and overload")
class VolunteerAgreementController {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String PRINTABLE = "[^\\p{Cntrl}]*";
    private static final String CONTROL_MESSAGE = "must not contain control characters";

    private final CommandGateway commands;
    private final VolunteerAgreementView view;
    private final PeopleView people;
    private final PartnerPermissions permissions;

    VolunteerAgreementController(CommandGateway commands, VolunteerAgreementView view, PeopleView people,
            PartnerPermissions permissions) {
        this.commands = commands;
        this.view = view;
        this.people = people;
        this.permissions = permissions;
    }

    @Schema(name = "ConcludeVolunteerAgreementRequest")
    record ConcludeRequest(
            @NotNull @Pattern(regexp = UUID, message = "is not a person id (a UUID)") String volunteerId,
            @NotNull @Size(min = 1, max = 11) List<@NotNull VolunteerTask> tasks,
            @Schema(description = "\"Tot zover en niet verder\": what the volunteer will not do, in their words.")
            @NotBlank @Size(max = VolunteerAgreement.MAX_LIMITS_LENGTH)
            @Pattern(regexp = PRINTABLE, message = CONTROL_MESSAGE) String limits,
            @NotNull @Size(min = 1, max = 7) List<@NotNull DayOfWeek> availableDays,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotNull CapacityUnit capacityUnit,
            @NotNull @Min(1) @Max(VolunteerAgreement.MAX_CAPACITY) Integer capacity,
            @Schema(description = "The coaching professional; may be assigned later.")
            @Pattern(regexp = UUID, message = "is not a person id (a UUID)") String coachId) {
    }

    @Schema(name = "AssignCoachRequest")
    record CoachRequest(@NotNull @Pattern(regexp = UUID, message = "is not a person id (a UUID)") String coachId) {
    }

    @Schema(name = "RecordTrainingRequest")
    record TrainingRequest(
            @NotBlank @Size(max = VolunteerAgreement.MAX_TRAINING_LENGTH)
            @Pattern(regexp = PRINTABLE, message = CONTROL_MESSAGE) String training,
            @NotNull LocalDate completedOn) {
    }

    @Schema(name = "SetCapacityRequest")
    record CapacityRequest(@NotNull @Min(1) @Max(VolunteerAgreement.MAX_CAPACITY) Integer capacity) {
    }

    @Schema(name = "RecordLoadRequest")
    record LoadRequest(@NotNull @Min(0) @Max(VolunteerAgreement.MAX_LOAD) Integer load) {
    }

    @PutMapping("/{agreementId}")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Conclude a volunteer agreement",
            description = "By the volunteer's organisation (professional or partner system) or a coordinator of it. An "
                    + "unknown volunteer or coach is a 400 naming volunteerId or coachId, an end before the start a "
                    + "400 naming endsOn; a professional as volunteer (volunteer-is-a-professional), a family carer "
                    + "without organisation (volunteer-without-organisation) or a coach who is no professional "
                    + "(coach-not-a-professional) a 409. The limits are never published.")
    ResponseEntity<Void> concludeVolunteerAgreement(@PathVariable String agreementId,
            @Valid @RequestBody ConcludeRequest request, Actor actor) {
        AgreementId id = validId(agreementId);
        commands.sendAndWait(new ConcludeVolunteerAgreement(id, PersonId.of(request.volunteerId()),
                new LinkedHashSet<>(request.tasks()), request.limits(), new LinkedHashSet<>(request.availableDays()),
                request.startsOn(), request.endsOn(), request.capacityUnit(), request.capacity(),
                request.coachId() == null ? null : PersonId.of(request.coachId()), actor));
        return ResponseEntity.created(URI.create("/volunteer-agreements/" + id)).build();
    }

    @PutMapping("/{agreementId}/coach")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Assign a coach",
            description = "The coach must be a professional (else 409 coach-not-a-professional); the same coach "
                    + "again is a 409 (coach-already-assigned).")
    ResponseEntity<Void> assignCoach(@PathVariable String agreementId,
            @Valid @RequestBody CoachRequest request, Actor actor) {
        commands.sendAndWait(new AssignCoach(validId(agreementId), PersonId.of(request.coachId()), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{agreementId}/trainings")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Record a completed training",
            description = "Not completed in the future; the same training on the same day twice is a 409 "
                    + "(training-already-recorded).")
    ResponseEntity<Void> recordTraining(@PathVariable String agreementId,
            @Valid @RequestBody TrainingRequest request, Actor actor) {
        commands.sendAndWait(new RecordTraining(validId(agreementId), request.training(), request.completedOn(),
                actor));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{agreementId}/capacity")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Set the capacity",
            description = "In the agreement's unit. A capacity below the recorded load raises the overload flag; "
                    + "one that brings the load back within clears an automatic flag.")
    ResponseEntity<Void> setCapacity(@PathVariable String agreementId,
            @Valid @RequestBody CapacityRequest request, Actor actor) {
        commands.sendAndWait(new SetCapacity(validId(agreementId), request.capacity(), actor));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{agreementId}/load")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "Record the current load",
            description = "A load above the capacity raises the overload flag automatically; one back within "
                    + "clears it, unless the coach raised it.")
    ResponseEntity<Void> recordLoad(@PathVariable String agreementId,
            @Valid @RequestBody LoadRequest request, Actor actor) {
        commands.sendAndWait(new RecordLoad(validId(agreementId), request.load(), actor));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{agreementId}/overload-flag")
    @PreAuthorize(PartnerPermissions.COACHES)
    @Operation(summary = "Flag the volunteer as overloaded",
            description = "Only the volunteer's coach (the professional whose account signs in); such a flag stays "
                    + "until cleared. Already flagged is a 409 (already-flagged).")
    ResponseEntity<Void> raiseOverloadFlag(@PathVariable String agreementId, Actor actor) {
        commands.sendAndWait(new RaiseOverloadFlag(validId(agreementId), actor));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{agreementId}/overload-flag")
    @PreAuthorize(PartnerPermissions.COACHES)
    @Operation(summary = "Clear the overload flag",
            description = "The coach or a coordinator of the volunteer's organisation. Not flagged is a 409 (not-flagged); a load still above the "
                    + "capacity a 409 (load-exceeds-capacity).")
    ResponseEntity<Void> clearOverloadFlag(@PathVariable String agreementId, Actor actor) {
        commands.sendAndWait(new ClearOverloadFlag(validId(agreementId), actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{agreementId}/end")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "End the agreement today",
            description = "Ended already is a 409 (agreement-ended), past its end date a 409 (agreement-expired).")
    ResponseEntity<Void> endVolunteerAgreement(@PathVariable String agreementId, Actor actor) {
        commands.sendAndWait(new EndVolunteerAgreement(validId(agreementId), actor));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES)
    @Operation(summary = "List volunteer agreements",
            description = "Coordinators read those of the organisations in their networks (all or one); others only their own organisation's.")
    List<VolunteerAgreementView.AgreementSummary> listVolunteerAgreements(
            @RequestParam(required = false) String organisationId, Actor actor) {
        return view.all(permissions.listingOfPeople(actor, organisationId));
    }

    @GetMapping("/mine")
    @PreAuthorize(PartnerPermissions.VOLUNTEERS)
    @Operation(summary = "The signed-in volunteer's own agreements")
    List<VolunteerAgreementView.AgreementSummary> myVolunteerAgreements(Actor actor) {
        return people.byAccount(actor.userId())
                .map(person -> view.ofVolunteer(person.personId()))
                .orElse(List.of());
    }

    @GetMapping("/{agreementId}")
    @PreAuthorize(PartnerPermissions.ORGANISATION_PARTIES_AND_VOLUNTEERS)
    @Operation(summary = "Get a volunteer agreement",
            description = "Coordinators of a network the organisation takes part in, the volunteer's organisation, the volunteer and their coach.")
    VolunteerAgreementView.AgreementSummary getVolunteerAgreement(@PathVariable String agreementId, Actor actor) {
        validId(agreementId);
        VolunteerAgreementView.AgreementSummary agreement = view.find(agreementId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such agreement."));
        boolean manages = permissions.readsPeopleOf(actor, Optional.of(OrganisationId.of(agreement.organisationId())));
        Optional<String> self = actor.person().map(PersonId::asString);
        boolean volunteerOrCoach = self.filter(id -> id.equals(agreement.volunteerId())
                || id.equals(agreement.coachId())).isPresent();
        if (!manages && !volunteerOrCoach) {
            throw new AccessDeniedException("not this agreement's organisation, coordinator, volunteer or coach");
        }
        return agreement;
    }

    private static AgreementId validId(String agreementId) {
        if (!AgreementId.isValid(agreementId)) {
            throw new InvalidField("agreementId", "is not an agreement id (a UUID)");
        }
        return AgreementId.of(agreementId);
    }
}
