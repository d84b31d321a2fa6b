package nl.samenspel.cases.config;

import java.time.Clock;
import nl.samenspel.cases.vault.JdbcPersonalDataVault;
import nl.samenspel.cases.vault.MasterKey;
import nl.samenspel.cases.vault.PersonalDataVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

    static final String MISSING_KEY = "case-service needs a vault master key and has none: set SAMENSPEL_VAULT_MASTER_KEY "
            + "(samenspel.vault.master-key) to 32 random bytes, base64-encoded (openssl rand -base64 32), from your secret "
            + "store. There is no default: only the local runner (./samenspel run) generates one, kept in its data directory.";

    private static final Logger log = LoggerFactory.getLogger(VaultConfiguration.class);

    /**
     * The master key wraps every data key. Without one the service refuses to start: a committed default would
     * silently protect every deployment that forgot the variable with a key anyone can read.
     */
    @Bean
    PersonalDataVault personalDataVault(JdbcTemplate jdbc, Clock clock,
            @Value("${samenspel.vault.master-key:}") String masterKey) {
        if (masterKey.isBlank()) {
            throw new IllegalStateException(MISSING_KEY);
        }
        MasterKey key = MasterKey.fromBase64(masterKey);
        JdbcPersonalDataVault vault = new JdbcPersonalDataVault(jdbc, key, clock);
        int labelled = vault.labelUnlabelledKeys();
        if (labelled > 0) {
            log.info("Labelled {} data keys from before key ids with master key {}", labelled, key.id());
        }
        return vault;
    }
}
