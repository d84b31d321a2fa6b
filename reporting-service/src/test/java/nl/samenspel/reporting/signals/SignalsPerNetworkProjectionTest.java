package nl.samenspel.reporting.signals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspel.contracts.Formality;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.shared.messaging.IntegrationEventEnvelope;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.ProcessedEvents;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The signals-per-network projection on real PostgreSQL, migrated by the service's own Flyway scripts. */
class SignalsPerNetworkProjectionTest {

    private static JdbcTemplate jdbc;
    private static SignalsPerNetwork counts;
    private static SignalsPerNetworkProjection projection;

    @BeforeAll
    static void database() {
        DataSource dataSource = TestInfrastructure.migratedDataSource();
        jdbc = new JdbcTemplate(dataSource);
        counts = new SignalsPerNetwork(jdbc);
        projection = new SignalsPerNetworkProjection(new IntegrationEventReader(new ObjectMapper()),
                new ProcessedEvents(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource))), counts);
    }

    private static String newNetworkId() {
        return "wijknetwerk-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static IntegrationEventEnvelope envelope(IntegrationEvent payload) {
        return envelope(UUID.randomUUID().toString(), payload);
    }

    private static IntegrationEventEnvelope envelope(String id, IntegrationEvent payload) {
        String type = payload instanceof SignalRaisedV1 ? "nl.samenspel.case.signal-raised"
                : "nl.samenspel.partner.network-registered";
        return new IntegrationEventEnvelope(id, type, "/samenspel/test", payload.subject(), Instant.now(),
                Optional.of("someone"), Optional.of("ggd-zuiderhaven"), payload);
    }

    private static SignalRaisedV1 signal(String networkId, SignallerRole role) {
        return new SignalRaisedV1(UUID.randomUUID().toString(), networkId, role, role.formality(), false, Instant.now());
    }

    private static NetworkRegisteredV1 network(String networkId, String name) {
        return new NetworkRegisteredV1(networkId, name, NetworkType.NEIGHBOURHOOD, "GM9901", "welzijn-zuiderhaven",
                Instant.now());
    }

    private static Optional<SignalsPerNetwork.Row> row(String networkId) {
        return counts.all().stream().filter(r -> r.networkId().equals(networkId)).findFirst();
    }

    @Test
    void countsSignalsPerDescribedNetwork() {
        String networkId = newNetworkId();
        projection.apply(envelope(network(networkId, "Wijknetwerk Noord")));
        projection.apply(envelope(signal(networkId, SignallerRole.PROFESSIONAL)));
        projection.apply(envelope(signal(networkId, SignallerRole.PROFESSIONAL)));

        assertThat(row(networkId)).contains(new SignalsPerNetwork.Row(networkId, "Wijknetwerk Noord", "GM9901", "welzijn-zuiderhaven", 2, 2, 0));
    }

    @Test
    void theSameEnvelopeTwiceCountsOnce() {
        String networkId = newNetworkId();
        IntegrationEventEnvelope redelivered = envelope(signal(networkId, SignallerRole.NEIGHBOUR));

        projection.apply(redelivered);
        projection.apply(redelivered);

        assertThat(row(networkId).orElseThrow().signals()).isEqualTo(1);
    }

    @Test
    void twoSignalsWithDifferentEventIdsCountTwiceEvenWithTheSameContent() {
        String networkId = newNetworkId();
        SignalRaisedV1 signal = signal(networkId, SignallerRole.NEIGHBOUR);

        projection.apply(envelope(signal));
        projection.apply(envelope(signal));

        assertThat(row(networkId).orElseThrow().signals()).isEqualTo(2);
    }

    @Test
    void splitsSignalsByTheFormalityOfTheirSource() {
        String networkId = newNetworkId();
        for (SignallerRole role : new SignallerRole[] {SignallerRole.PROFESSIONAL, SignallerRole.VOLUNTEER,
                SignallerRole.FAMILY_CARER, SignallerRole.NEIGHBOUR, SignallerRole.PROFESSIONAL}) {
            projection.apply(envelope(signal(networkId, role)));
        }

        SignalsPerNetwork.Row row = row(networkId).orElseThrow();
        assertThat(row.signals()).isEqualTo(5);
        assertThat(row.formal()).isEqualTo(2);
        assertThat(row.informal()).isEqualTo(3);
    }

    @Test
    void aSignalForANetworkNotYetDescribedStillCountsAndKeepsItsCountOnceDescribed() {
        String networkId = newNetworkId();
        projection.apply(envelope(signal(networkId, SignallerRole.KEY_RESIDENT)));

        assertThat(row(networkId)).contains(new SignalsPerNetwork.Row(networkId, null, null, null, 1, 0, 1));

        projection.apply(envelope(network(networkId, "Wijknetwerk Zuid")));

        assertThat(row(networkId)).contains(new SignalsPerNetwork.Row(networkId, "Wijknetwerk Zuid", "GM9901", "welzijn-zuiderhaven", 1, 0, 1));
    }

    @Test
    void aDescribedNetworkWithoutSignalsIsListedWithZeroes() {
        String networkId = newNetworkId();
        IntegrationEventEnvelope described = envelope(network(networkId, "Wijknetwerk Oost"));

        projection.apply(described);
        projection.apply(described);

        assertThat(counts.all().stream().filter(r -> r.networkId().equals(networkId)))
                .containsExactly(new SignalsPerNetwork.Row(networkId, "Wijknetwerk Oost", "GM9901", "welzijn-zuiderhaven", 0, 0, 0));
    }
}
