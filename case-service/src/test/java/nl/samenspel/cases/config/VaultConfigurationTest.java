package nl.samenspel.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without a master key case-service does not start: there is no committed default to fall back on. */
class VaultConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(VaultConfiguration.class)
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(TestInfrastructure.migratedDataSource()))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void noMasterKeyRefusesToStartSayingWhichVariableToSet() {
        context.run(started -> assertThat(started).hasFailed().getFailure()
                .rootCause().hasMessage(VaultConfiguration.MISSING_KEY).hasMessageContaining("SAMENSPEL_VAULT_MASTER_KEY"));
    }

    @Test
    void aBlankMasterKeyIsNoKey() {
        context.withPropertyValues("samenspel.vault.master-key= ")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause().hasMessage(VaultConfiguration.MISSING_KEY));
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedWithoutRepeatingIt() {
        context.withPropertyValues("samenspel.vault.master-key=secret-not-base64!")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("not valid base64").hasMessageNotContaining("secret-not-base64"));
    }

    @Test
    void theKeyFromTheTestConfigurationStartsTheVault() {
        context.withPropertyValues("samenspel.vault.master-key=" + "dGVzdC1vbmx5IHZhdWx0IG1hc3RlciBrZXkgMzJieXQ=")
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(PersonalDataVault.class));
    }
}
