package nl.samenspel.partners.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.partners.ConfidentialityUndertakingSignedV1;
import nl.samenspel.contracts.partners.PersonAccountLinkedV1;
import nl.samenspel.contracts.partners.PersonRegisteredV1;
import nl.samenspel.testsupport.PersonalDataLeaks;
import org.junit.jupiter.api.Test;

class PersonIntegrationEventsTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:15:00Z");
    private static final PersonId PERSON = PersonId.of("6f1c2a8e-0b1d-4c3e-9f2a-1b2c3d4e5f60");

    @Test
    void publishesAPersonByIdKindAndOrganisationWithoutNameOrContactDetails() throws Exception {
        PersonRegistered stored = new PersonRegistered(PERSON, PersonKind.BUDDY,
                OrganisationId.of("vrijwilligers-zuiderhaven"), "Anna de Vries", "anna.devries@example.nl",
                "+31 6 98765432", "account-anna", AT);

        PersonRegisteredV1 published = (PersonRegisteredV1) PersonalDataLeaks
                .assertPublishesNoPersonalData(new PersonIntegrationEvents(), stored);

        assertThat(published).isEqualTo(new PersonRegisteredV1(PERSON.toString(), PersonKind.BUDDY,
                "vrijwilligers-zuiderhaven", AT));
    }

    @Test
    void aFamilyCarerWithoutOrganisationIsPublishedWithoutOne() throws Exception {
        PersonRegistered stored = new PersonRegistered(PERSON, PersonKind.FAMILY_CARER, null, "Anna de Vries", null,
                null, null, AT);

        PersonRegisteredV1 published = (PersonRegisteredV1) PersonalDataLeaks
                .assertPublishesNoPersonalData(new PersonIntegrationEvents(), stored);

        assertThat(published.organisationId()).isNull();
    }

    @Test
    void publishesAnUndertakingByPersonAndNetwork() {
        assertThat(new UndertakingIntegrationEvents().translate(
                new ConfidentialityUndertakingSigned(PERSON, NetworkId.of("wijknetwerk-noord"), AT)))
                .isEqualTo(new ConfidentialityUndertakingSignedV1(PERSON.toString(), "wijknetwerk-noord", AT));
    }

    @Test
    void publishesTheLoginLinkedToAPerson() {
        assertThat(new AccountLinkIntegrationEvents().translate(new PersonAccountLinked(PERSON, "account-anna", AT)))
                .isEqualTo(new PersonAccountLinkedV1(PERSON.toString(), "account-anna", AT));
    }
}
