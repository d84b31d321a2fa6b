package nl.samenspel.shared.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaLoginTest {

    @Test
    void withoutAPasswordAServiceRefusesToStartSayingWhichVariableToSet() {
        assertThatThrownBy(() -> KafkaLogin.of("case-service", null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("case-service").hasMessageContaining(KafkaLogin.PASSWORD_VARIABLE);
        assertThatThrownBy(() -> KafkaLogin.of("case-service", "  ")).as("blank is no password")
                .hasMessageContaining(KafkaLogin.PASSWORD_VARIABLE);
    }

    @Test
    void withAPasswordItLogsInAsThePrincipalWithoutKeepingThePassword() {
        KafkaLogin login = KafkaLogin.of("case-service", "s3cret-from-the-vault");

        assertThat(login.principal()).isEqualTo("case-service");
        assertThat(login.toString()).doesNotContain("s3cret-from-the-vault");
    }

    @Test
    void theSharedDefaultsHoldNoPassword() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/samenspel-defaults.properties")) {
            defaults.load(in);
        }
        assertThat(defaults).doesNotContainKey("samenspel.kafka.password");
        assertThat(defaults.getProperty("spring.kafka.properties.sasl.jaas.config"))
                .contains("password=\"${samenspel.kafka.password:}\"");
    }
}
