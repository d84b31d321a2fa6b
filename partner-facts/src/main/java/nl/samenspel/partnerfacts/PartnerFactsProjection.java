package nl.samenspel.partnerfacts;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Topics;
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
import nl.samenspel.shared.messaging.IntegrationEventEnvelope;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Keeps {@link PartnerFactsTables} up to date from partner-service's events. The reader has checked each record
 * against its schema (what fails is dead-lettered); each event id applies once per service. Events that decide
 * nothing here (the social map, volunteer load and training) are read and skipped; a volunteer's overload flag
 * decides whether they may be given another task.
 */
public class PartnerFactsProjection {

    /** Appended to {@code spring.application.name}: every service keeps its own consumer group and offsets. */
    public static final String CONSUMER_SUFFIX = ".partner-facts";
    /**
     * The facts access is decided on, all that this projection applies. One of these in a schema version this
     * service cannot read stops its partition and alerts (fail closed), instead of being skipped.
     */
    public static final Set<String> ACCESS_FACTS = Stream.of(NetworkRegisteredV1.class, NetworkConfiguredV1.class,
                    InformalRepresentativeAppointedV1.class, OrganisationRegisteredV1.class, ServiceAreaChangedV1.class,
                    OrganisationInvitedV1.class, MemberJoinedV1.class, MemberMovedV1.class, MemberLeftV1.class,
                    CovenantSignedV1.class, CovenantWithdrawnV1.class, InformalPartyRepresentedV1.class,
                    PersonRegisteredV1.class, PersonAccountLinkedV1.class, ConfidentialityUndertakingSignedV1.class,
                    VolunteerAgreementConcludedV1.class, VolunteerAgreementEndedV1.class, CoachAssignedV1.class)
            .map(type -> CloudEventTypes.of(type).value())
            .collect(Collectors.toUnmodifiableSet());
    private static final Logger log = LoggerFactory.getLogger(PartnerFactsProjection.class);

    private final IntegrationEventReader reader;
    private final ProcessedEvents processed;
    private final PartnerFactsTables tables;
    private final String consumer;

    public PartnerFactsProjection(IntegrationEventReader reader, ProcessedEvents processed, PartnerFactsTables tables,
            String applicationName) {
        this.reader = reader;
        this.processed = processed;
        this.tables = tables;
        this.consumer = applicationName + CONSUMER_SUFFIX;
    }

    @KafkaListener(id = "${spring.application.name}" + CONSUMER_SUFFIX, topics = Topics.PARTNER_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        reader.read(record, ACCESS_FACTS).ifPresent(this::apply);
    }

    public void apply(IntegrationEventEnvelope envelope) {
        Runnable change = change(envelope.payload());
        boolean applied = change != null && processed.runOnce(consumer, envelope.id(), change);
        log.debug("{} {} {}", envelope.type(), envelope.id(), applied ? "applied" : "skipped");
    }

    // Java 17: no pattern switch yet, so one instanceof per fact.
    private Runnable change(IntegrationEvent p) {
        if (p instanceof NetworkRegisteredV1 e) {
            return () -> tables.networkRegistered(e);
        } else if (p instanceof NetworkConfiguredV1 e) {
            return () -> tables.networkConfigured(e);
        } else if (p instanceof InformalRepresentativeAppointedV1 e) {
            return () -> tables.representativeAppointed(e);
        } else if (p instanceof OrganisationRegisteredV1 e) {
            return () -> tables.organisationRegistered(e);
        } else if (p instanceof ServiceAreaChangedV1 e) {
            return () -> tables.serviceAreaChanged(e);
        } else if (p instanceof OrganisationInvitedV1 e) {
            return () -> tables.invited(e);
        } else if (p instanceof MemberJoinedV1 e) {
            return () -> tables.joined(e);
        } else if (p instanceof MemberMovedV1 e) {
            return () -> tables.moved(e);
        } else if (p instanceof MemberLeftV1 e) {
            return () -> tables.left(e);
        } else if (p instanceof CovenantSignedV1 e) {
            return () -> tables.covenantSigned(e);
        } else if (p instanceof CovenantWithdrawnV1 e) {
            return () -> tables.covenantWithdrawn(e);
        } else if (p instanceof InformalPartyRepresentedV1 e) {
            return () -> tables.represented(e);
        } else if (p instanceof PersonRegisteredV1 e) {
            return () -> tables.personRegistered(e);
        } else if (p instanceof PersonAccountLinkedV1 e) {
            return () -> tables.accountLinked(e);
        } else if (p instanceof ConfidentialityUndertakingSignedV1 e) {
            return () -> tables.undertakingSigned(e);
        } else if (p instanceof VolunteerAgreementConcludedV1 e) {
            return () -> tables.agreementConcluded(e);
        } else if (p instanceof VolunteerAgreementEndedV1 e) {
            return () -> tables.agreementEnded(e);
        } else if (p instanceof CoachAssignedV1 e) {
            return () -> tables.coachAssigned(e);
        } else if (p instanceof VolunteerOverloadFlaggedV1 e) {
            return () -> tables.overloadFlagged(e);
        } else if (p instanceof VolunteerOverloadClearedV1 e) {
            return () -> tables.overloadCleared(e);
        }
        return null;
    }
}
