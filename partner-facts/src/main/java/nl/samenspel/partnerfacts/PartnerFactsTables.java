package nl.samenspel.partnerfacts;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspel.contracts.partners.CoachAssignedV1;
import nl.samenspel.contracts.partners.ConfidentialityUndertakingSignedV1;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.CovenantWithdrawnV1;
import nl.samenspel.contracts.partners.InformalPartyRepresentedV1;
import nl.samenspel.contracts.partners.InformalRepresentativeAppointedV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.MemberLeftV1;
import nl.samenspel.contracts.partners.MemberMovedV1;
import nl.samenspel.contracts.partners.NetworkConfiguredV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.OrganisationInvitedV1;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.PersonAccountLinkedV1;
import nl.samenspel.contracts.partners.PersonRegisteredV1;
import nl.samenspel.contracts.partners.ServiceAreaChangedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementEndedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadClearedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadFlaggedV1;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes partner facts. Every write is an upsert that touches only the columns its event knows, so facts can
 * arrive in any order across subjects, and applying an event again leaves the same rows. Where two events
 * change the same columns, the later one by its own timestamp wins, whatever order they arrive in.
 */
public class PartnerFactsTables {

    private final JdbcTemplate jdbc;

    public PartnerFactsTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void networkRegistered(NetworkRegisteredV1 e) {
        jdbc.update("""
                insert into partner_network (network_id, network_type, municipality_code, coordinator_organisation,
                                             registered_at)
                values (?, ?, ?, ?, ?)
                on conflict (network_id) do update set network_type = excluded.network_type,
                    municipality_code = excluded.municipality_code,
                    coordinator_organisation = excluded.coordinator_organisation,
                    registered_at = excluded.registered_at""",
                e.networkId(), e.type().name(), e.municipalityCode(), e.coordinatorOrganisation(),
                time(e.registeredAt()));
    }

    void networkConfigured(NetworkConfiguredV1 e) {
        jdbc.update("""
                insert into partner_network (network_id, allowed_legal_bases, core_closed, closed_core_sectors,
                    informal_party_rings, informal_option_first, minimum_age, maximum_age, neighbourhoods,
                    configured_at)
                values (?, string_to_array(?, ','), ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?,
                        string_to_array(?, ','), ?)
                on conflict (network_id) do update set allowed_legal_bases = excluded.allowed_legal_bases,
                    core_closed = excluded.core_closed, closed_core_sectors = excluded.closed_core_sectors,
                    informal_party_rings = excluded.informal_party_rings,
                    informal_option_first = excluded.informal_option_first, minimum_age = excluded.minimum_age,
                    maximum_age = excluded.maximum_age, neighbourhoods = excluded.neighbourhoods,
                    configured_at = excluded.configured_at
                where partner_network.configured_at is null or partner_network.configured_at <= excluded.configured_at""",
                e.networkId(), list(e.allowedLegalBases()), e.coreClosed(), list(e.closedCoreSectors()),
                list(e.informalPartyRings()), e.informalOptionFirst(), e.minimumAge(), e.maximumAge(),
                list(e.neighbourhoods()), time(e.configuredAt()));
    }

    void representativeAppointed(InformalRepresentativeAppointedV1 e) {
        jdbc.update("""
                insert into partner_network (network_id, informal_representative_id, informal_representative_org,
                                             representative_appointed_at)
                values (?, ?, ?, ?)
                on conflict (network_id) do update set informal_representative_id = excluded.informal_representative_id,
                    informal_representative_org = excluded.informal_representative_org,
                    representative_appointed_at = excluded.representative_appointed_at
                where partner_network.representative_appointed_at is null
                   or partner_network.representative_appointed_at <= excluded.representative_appointed_at""",
                e.networkId(), uuid(e.personId()), e.organisationId(), time(e.appointedAt()));
    }

    void organisationRegistered(OrganisationRegisteredV1 e) {
        jdbc.update("""
                insert into partner_organisation (organisation_id, kind_of_help, kind_of_party, organisation_type,
                    sector, municipality_code, registered_at, neighbourhoods, area_changed_at)
                values (?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?)
                on conflict (organisation_id) do update set kind_of_help = excluded.kind_of_help,
                    kind_of_party = excluded.kind_of_party, organisation_type = excluded.organisation_type,
                    sector = excluded.sector, municipality_code = excluded.municipality_code,
                    registered_at = excluded.registered_at""",
                e.organisationId(), e.kindOfHelp().name(), e.kindOfParty().name(), e.organisationType().name(),
                e.sector().name(), e.municipalityCode(), time(e.registeredAt()), list(e.neighbourhoods()),
                time(e.registeredAt()));
        // The area is left alone on conflict: the registration's area is the oldest, so a change stored first stays.
    }

    void serviceAreaChanged(ServiceAreaChangedV1 e) {
        jdbc.update("""
                insert into partner_organisation (organisation_id, neighbourhoods, area_changed_at)
                values (?, string_to_array(?, ','), ?)
                on conflict (organisation_id) do update set neighbourhoods = excluded.neighbourhoods,
                    area_changed_at = excluded.area_changed_at
                where partner_organisation.area_changed_at is null
                   or partner_organisation.area_changed_at <= excluded.area_changed_at""",
                e.organisationId(), list(e.neighbourhoods()), time(e.changedAt()));
    }

    void invited(OrganisationInvitedV1 e) {
        jdbc.update("""
                insert into partner_membership (network_id, organisation_id, ring, invited_at, changed_at)
                values (?, ?, ?, ?, ?)
                on conflict (network_id, organisation_id) do update set invited_at = excluded.invited_at,
                    ring = excluded.ring, changed_at = excluded.changed_at
                where partner_membership.changed_at <= excluded.changed_at
                  and (partner_membership.joined_at is null or partner_membership.left_at is not null)""",
                e.networkId(), e.organisationId(), e.ring().name(), time(e.invitedAt()), time(e.invitedAt()));
    }

    void joined(MemberJoinedV1 e) {
        jdbc.update("""
                insert into partner_membership (network_id, organisation_id, ring, joined_at, changed_at)
                values (?, ?, ?, ?, ?)
                on conflict (network_id, organisation_id) do update set ring = excluded.ring,
                    joined_at = excluded.joined_at, left_at = null, leave_reason = null,
                    changed_at = excluded.changed_at
                where partner_membership.changed_at <= excluded.changed_at""",
                e.networkId(), e.organisationId(), e.ring().name(), time(e.joinedAt()), time(e.joinedAt()));
    }

    void moved(MemberMovedV1 e) {
        jdbc.update("""
                update partner_membership set ring = ?, changed_at = ?
                where network_id = ? and organisation_id = ? and changed_at <= ?""",
                e.toRing().name(), time(e.movedAt()), e.networkId(), e.organisationId(), time(e.movedAt()));
    }

    void left(MemberLeftV1 e) {
        jdbc.update("""
                insert into partner_membership (network_id, organisation_id, ring, left_at, leave_reason, changed_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (network_id, organisation_id) do update set ring = excluded.ring,
                    left_at = excluded.left_at, leave_reason = excluded.leave_reason, changed_at = excluded.changed_at
                where partner_membership.changed_at <= excluded.changed_at""",
                e.networkId(), e.organisationId(), e.ring().name(), time(e.leftAt()), e.reason().name(),
                time(e.leftAt()));
        // MemberLeftV1: the covenant ends with the membership, so rejoining takes a new signature.
        endCovenant(e.networkId(), e.organisationId(), e.leftAt(), "LEAVING");
    }

    void covenantSigned(CovenantSignedV1 e) {
        jdbc.update("""
                insert into partner_covenant (network_id, organisation_id, signatory_level, signed_at, changed_at)
                values (?, ?, ?, ?, ?)
                on conflict (network_id, organisation_id) do update set signatory_level = excluded.signatory_level,
                    signed_at = excluded.signed_at, ended_at = null, ended_by = null, changed_at = excluded.changed_at
                where partner_covenant.changed_at <= excluded.changed_at""",
                e.networkId(), e.organisationId(), e.level().name(), time(e.signedAt()), time(e.signedAt()));
    }

    void covenantWithdrawn(CovenantWithdrawnV1 e) {
        endCovenant(e.networkId(), e.organisationId(), e.withdrawnAt(), "WITHDRAWAL");
    }

    private void endCovenant(String networkId, String organisationId, Instant at, String endedBy) {
        jdbc.update("""
                insert into partner_covenant (network_id, organisation_id, ended_at, ended_by, changed_at)
                values (?, ?, ?, ?, ?)
                on conflict (network_id, organisation_id) do update set ended_at = excluded.ended_at,
                    ended_by = excluded.ended_by, changed_at = excluded.changed_at
                where partner_covenant.changed_at <= excluded.changed_at""",
                networkId, organisationId, time(at), endedBy, time(at));
    }

    void represented(InformalPartyRepresentedV1 e) {
        jdbc.update("""
                insert into partner_representation (network_id, organisation_id, representative_id, represented_since)
                values (?, ?, ?, ?)
                on conflict (network_id, organisation_id) do update set representative_id = excluded.representative_id,
                    represented_since = excluded.represented_since
                where partner_representation.represented_since <= excluded.represented_since""",
                e.networkId(), e.organisationId(), uuid(e.representativeId()), time(e.representedSince()));
    }

    void personRegistered(PersonRegisteredV1 e) {
        jdbc.update("""
                insert into partner_person (person_id, kind, organisation_id, registered_at) values (?, ?, ?, ?)
                on conflict (person_id) do update set kind = excluded.kind, organisation_id = excluded.organisation_id,
                    registered_at = excluded.registered_at""",
                uuid(e.personId()), e.kind().name(), e.organisationId(), time(e.registeredAt()));
    }

    /** The latest link of a person wins, by its own time, so a late older link never replaces a newer one. */
    void accountLinked(PersonAccountLinkedV1 e) {
        jdbc.update("""
                insert into partner_person_account (person_id, account_id, linked_at) values (?, ?, ?)
                on conflict (person_id) do update set account_id = excluded.account_id, linked_at = excluded.linked_at
                where partner_person_account.linked_at <= excluded.linked_at""",
                uuid(e.personId()), e.accountId(), time(e.linkedAt()));
    }

    void undertakingSigned(ConfidentialityUndertakingSignedV1 e) {
        jdbc.update("""
                insert into partner_undertaking (person_id, network_id, signed_at) values (?, ?, ?)
                on conflict (person_id, network_id) do update set signed_at = least(partner_undertaking.signed_at,
                    excluded.signed_at)""",
                uuid(e.personId()), e.networkId(), time(e.signedAt()));
    }

    void agreementConcluded(VolunteerAgreementConcludedV1 e) {
        jdbc.update("""
                insert into partner_volunteer_agreement (agreement_id, volunteer_id, organisation_id, tasks,
                    available_days, starts_on, ends_on, capacity_unit, capacity, concluded_at)
                values (?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?, ?, ?)
                on conflict (agreement_id) do update set volunteer_id = excluded.volunteer_id,
                    organisation_id = excluded.organisation_id, tasks = excluded.tasks,
                    available_days = excluded.available_days, starts_on = excluded.starts_on,
                    ends_on = excluded.ends_on, capacity_unit = excluded.capacity_unit, capacity = excluded.capacity,
                    concluded_at = excluded.concluded_at""",
                uuid(e.agreementId()), uuid(e.volunteerId()), e.organisationId(), list(e.tasks()),
                list(e.availableDays()), date(e.startsOn()), date(e.endsOn()), e.capacityUnit().name(), e.capacity(),
                time(e.concludedAt()));
    }

    void agreementEnded(VolunteerAgreementEndedV1 e) {
        jdbc.update("""
                insert into partner_volunteer_agreement (agreement_id, volunteer_id, organisation_id, ended_on)
                values (?, ?, ?, ?)
                on conflict (agreement_id) do update set ended_on = excluded.ended_on""",
                uuid(e.agreementId()), uuid(e.volunteerId()), e.organisationId(), date(e.endedOn()));
    }

    void coachAssigned(CoachAssignedV1 e) {
        jdbc.update("""
                insert into partner_volunteer_agreement (agreement_id, volunteer_id, coach_id) values (?, ?, ?)
                on conflict (agreement_id) do update set coach_id = excluded.coach_id""",
                uuid(e.agreementId()), uuid(e.volunteerId()), uuid(e.coachId()));
    }

    void overloadFlagged(VolunteerOverloadFlaggedV1 e) {
        overload(e.agreementId(), e.volunteerId(), e.organisationId(), true, e.flaggedAt());
    }

    void overloadCleared(VolunteerOverloadClearedV1 e) {
        overload(e.agreementId(), e.volunteerId(), e.organisationId(), false, e.clearedAt());
    }

    private void overload(String agreementId, String volunteerId, String organisationId, boolean overloaded,
            Instant at) {
        jdbc.update("""
                insert into partner_volunteer_agreement (agreement_id, volunteer_id, organisation_id, overloaded,
                    overload_changed_at)
                values (?, ?, ?, ?, ?)
                on conflict (agreement_id) do update set overloaded = excluded.overloaded,
                    overload_changed_at = excluded.overload_changed_at
                where partner_volunteer_agreement.overload_changed_at is null
                   or partner_volunteer_agreement.overload_changed_at <= excluded.overload_changed_at""",
                uuid(agreementId), uuid(volunteerId), organisationId, overloaded, time(at));
    }

    private static Timestamp time(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static UUID uuid(String value) {
        return UUID.fromString(value);
    }

    /** Enum names and CBS codes contain no commas, so a joined list round-trips through {@code string_to_array}. */
    private static String list(Collection<?> values) {
        return values == null ? null : values.stream().map(Object::toString).collect(Collectors.joining(","));
    }
}
