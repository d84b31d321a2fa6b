package nl.samenspel.infra;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortsTest {

    @Test
    void aTakenPortIsOneLineNamingTheSettingToChange() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> Ports.requireFree(List.of(
                    new Ports.Claim(Ports.freePortExcept(Set.of(port)), "Kafka", "SAMENSPEL_KAFKA_PORT"),
                    new Ports.Claim(port, "PostgreSQL", "SAMENSPEL_POSTGRES_PORT"))))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + port + " for PostgreSQL is already in use: free it or set SAMENSPEL_POSTGRES_PORT.")
                    .hasNoCause();
        }
    }

    @Test
    void aPortTakenOnTheWildcardAddressIsSeenToo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThat(Ports.isFree(taken.getLocalPort())).isFalse();
        }
    }

    @Test
    void aFreedPortIsFreeAgain() throws IOException {
        int port;
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = taken.getLocalPort();
            assertThat(Ports.isFree(port)).isFalse();
        }
        assertThat(Ports.isFree(port)).isTrue();
    }

    @Test
    void theSamePortClaimedTwiceIsRefused() {
        int port = Ports.freePort();

        assertThatThrownBy(() -> Ports.requireFree(List.of(
                new Ports.Claim(port, "case-service", "SAMENSPEL_CASE_PORT"),
                new Ports.Claim(port, "consent-service", "SAMENSPEL_CONSENT_PORT"))))
                .isInstanceOf(PortInUseException.class)
                .hasMessage("Port " + port + " for consent-service is configured twice: set SAMENSPEL_CONSENT_PORT to another port.");
    }

    @Test
    void chosenPortsLieBelowTheEphemeralRangeAndAreNeverHandedOutTwice() throws IOException {
        int[] range = Ports.choosableRange();
        Set<Integer> chosen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = Ports.freePort();
            assertThat(port).isBetween(range[0], range[1] - 1);
            assertThat(chosen.add(port)).as("port %d handed out twice", port).isTrue();
        }
        try (ServerSocket client = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // The kernel's own choice comes from the ephemeral range, which starts where ours ends.
            assertThat(client.getLocalPort()).isGreaterThanOrEqualTo(range[1]);
        }
    }
}
