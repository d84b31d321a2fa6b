package nl.samenspel.cases.network;

import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.contracts.partners.ConfidentialityUndertakingSignedV1;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.CovenantWithdrawnV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.PersonRegisteredV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.partnerfacts.access.Deployment;
import nl.samenspel.partnerfacts.access.PartyAccess;
import nl.samenspel.partnerfacts.access.Recipient;
import nl.samenspel.partnerfacts.access.Refusal;
import nl.samenspel.testsupport.KafkaTopics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** case-service follows partner-service's CloudEvents on the real broker and decides on them locally. */
class PartyAccessIntegrationTest extends CaseServiceIntegrationTest {

    @Autowired
    private PartyAccess access;

    private static void publish(IntegrationEvent event) {
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, event);
    }

    private static void awaitDecision(Supplier<Optional<Refusal>> decision, Optional<Refusal> expected) {
        await().atMost(Duration.ofSeconds(60)).until(decision::get, expected::equals);
    }

    @Test
    void anOrganisationGetsPersonalDataOnlyWhileAMemberWithASignedCovenant() {
        NetworkId network = new NetworkId(knownNetwork());
        String organisation = "ggz-" + UUID.randomUUID().toString().substring(0, 8);
        Supplier<Optional<Refusal>> decision = () -> access.decide(network,
                Recipient.organisation(new OrganisationId(organisation))).refusal();
        awaitDecision(decision, Optional.of(Refusal.NOT_A_MEMBER));

        publish(new MemberJoinedV1(network.value(), organisation, Ring.CORE, Instant.now()));
        awaitDecision(decision, Optional.of(Refusal.NO_COVENANT));

        publish(new CovenantSignedV1(network.value(), organisation, UUID.randomUUID().toString(),
                SignatoryLevel.BOARD, Instant.now()));
        awaitDecision(decision, Optional.empty());

        publish(new CovenantWithdrawnV1(network.value(), organisation, Instant.now()));
        awaitDecision(decision, Optional.of(Refusal.NO_COVENANT));
    }

    @Test
    void anOuterRingVolunteerNeedsAnUndertakingAndADeploymentOnTheCase() {
        NetworkId network = new NetworkId(knownNetwork());
        String organisation = "kerk-" + UUID.randomUUID().toString().substring(0, 8);
        PersonId volunteer = PersonId.random();
        publish(new MemberJoinedV1(network.value(), organisation, Ring.OUTER, Instant.now()));
        publish(new CovenantSignedV1(network.value(), organisation, UUID.randomUUID().toString(),
                SignatoryLevel.MANAGEMENT, Instant.now()));
        publish(new PersonRegisteredV1(volunteer.asString(), PersonKind.VOLUNTEER, organisation, Instant.now()));
        publish(new VolunteerAgreementConcludedV1(UUID.randomUUID().toString(), volunteer.asString(), organisation,
                List.of(VolunteerTask.COMPANIONSHIP), List.of(DayOfWeek.TUESDAY),
                LocalDate.now().minusDays(7), LocalDate.now().plusYears(1), CapacityUnit.CASES, 1, Instant.now()));
        Deployment deployedOnCase = Deployment.of(List.of(), List.of(volunteer));
        Supplier<Optional<Refusal>> whenDeployed = () -> access.decide(network, Recipient.person(volunteer),
                deployedOnCase).refusal();
        Supplier<Optional<Refusal>> whenNotDeployed = () -> access.decide(network, Recipient.person(volunteer))
                .refusal();
        awaitDecision(whenDeployed, Optional.of(Refusal.NO_UNDERTAKING));

        publish(new ConfidentialityUndertakingSignedV1(volunteer.asString(), network.value(), Instant.now()));

        awaitDecision(whenDeployed, Optional.empty());
        awaitDecision(whenNotDeployed, Optional.of(Refusal.OUTER_RING_NOT_DEPLOYED));
    }
}
