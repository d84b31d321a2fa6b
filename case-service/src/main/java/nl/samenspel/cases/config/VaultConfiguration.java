package nl.samenspel.cases.config;

import java.time.Clock;
import java.util.Base64;
import nl.samenspel.cases.vault.JdbcPersonalDataVault;
import nl.samenspel.cases.vault.PersonalDataVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

    /**
     * The master key wraps every data key. Production sets SAMENSPEL_VAULT_MASTER_KEY from a secret store; the
     * default in application.properties is for the embedded demo platform and tests only.
     */
    @Bean
    PersonalDataVault personalDataVault(JdbcTemplate jdbc, Clock clock,
            @Value("${samenspel.vault.master-key}") String masterKey) {
        return new JdbcPersonalDataVault(jdbc, Base64.getDecoder().decode(masterKey), clock);
    }
}
