package nl.samenspel.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspel.infra.PostgresServer;
import nl.samenspel.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The master key rotated by the real command ({@code --rotate-master-key}) on real PostgreSQL, in a database of
 * its own so the other tests' data keys stay under their keys.
 */
class MasterKeyRotationTest {

    private static final String DATABASE = "vault_rotation";
    private static final String OLD_KEY = base64("the old master key, of 32 bytes!");
    private static final String NEW_KEY = base64("the new master key, of 32 bytes!");

    private static String url;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        PostgresServer postgres = TestInfrastructure.postgres();
        postgres.ensureDatabase(DATABASE);
        url = postgres.jdbcUrl(DATABASE);
        DataSource dataSource = new DriverManagerDataSource(url, PostgresServer.USER, PostgresServer.PASSWORD);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @BeforeEach
    void empty() {
        jdbc.update("delete from personal_data_key");
    }

    @Test
    void dataSealedBeforeTheRotationOpensWithTheNewKeyAndNotWithTheOld() {
        Sealed address = vault(OLD_KEY).seal(subject(), "Kastanjelaan 3");
        Sealed name = vault(OLD_KEY).seal(subject(), "Jan de Vries");
        String erased = subject();
        vault(OLD_KEY).erase(erased);

        MasterKeyRotation.Result result = rotate(OLD_KEY, NEW_KEY);

        assertThat(result).isEqualTo(new MasterKeyRotation.Result(2, 0));
        assertThat(vault(NEW_KEY).open(address)).contains("Kastanjelaan 3");
        assertThat(vault(NEW_KEY).open(name)).contains("Jan de Vries");
        assertThatThrownBy(() -> vault(OLD_KEY).open(address))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(MasterKey.fromBase64(NEW_KEY).id())
                .hasMessageNotContaining("Kastanjelaan");
        byte[] rewrapped = jdbc.queryForObject("select wrapped_key from personal_data_key where subject = ?", byte[].class, address.keyId());
        assertThat(JdbcPersonalDataVault.unwrapsUnder(MasterKey.fromBase64(OLD_KEY), rewrapped)).isFalse();
        assertThat(vault(NEW_KEY).isErased(erased)).isTrue();
        assertThat(jdbc.queryForList("select distinct master_key_id from personal_data_key where wrapped_key is not null", String.class))
                .containsExactly(MasterKey.fromBase64(NEW_KEY).id());
    }

    @Test
    void keysFromBeforeKeyIdsAreRotatedTooAndARepeatChangesNothing() {
        Sealed sealed = vault(OLD_KEY).seal(subject(), "1985-03-14");
        jdbc.update("update personal_data_key set master_key_id = null");

        assertThat(rotate(OLD_KEY, NEW_KEY)).isEqualTo(new MasterKeyRotation.Result(1, 0));
        assertThat(rotate(OLD_KEY, NEW_KEY)).isEqualTo(new MasterKeyRotation.Result(0, 1));

        assertThat(vault(NEW_KEY).open(sealed)).contains("1985-03-14");
    }

    @Test
    void aWrongOldKeyRotatesNothing() {
        Sealed first = vault(OLD_KEY).seal(subject(), "Marktplein 1");
        Sealed second = vault(OLD_KEY).seal(subject(), "Marktplein 2");
        jdbc.update("update personal_data_key set master_key_id = null where subject = ?", second.keyId());
        String wrongOldKey = base64("not the key that wrapped these!!");

        assertThatThrownBy(() -> rotate(wrongOldKey, NEW_KEY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing was rotated");

        assertThat(vault(OLD_KEY).open(first)).contains("Marktplein 1");
        assertThat(vault(OLD_KEY).open(second)).contains("Marktplein 2");
    }

    @Test
    void theServiceLabelsKeysFromBeforeKeyIdsOnlyWhenItsKeyUnwrapsThem() {
        Sealed mine = vault(OLD_KEY).seal(subject(), "Dorpsstraat 5");
        Sealed foreign = vault(NEW_KEY).seal(subject(), "Dorpsstraat 7");
        jdbc.update("update personal_data_key set master_key_id = null");

        assertThat(vault(OLD_KEY).labelUnlabelledKeys()).isEqualTo(1);

        assertThat(jdbc.queryForObject("select master_key_id from personal_data_key where subject = ?", String.class, mine.keyId()))
                .isEqualTo(MasterKey.fromBase64(OLD_KEY).id());
        assertThat(jdbc.queryForObject("select master_key_id from personal_data_key where subject = ?", String.class, foreign.keyId()))
                .isNull();
    }

    @Test
    void theCommandNeedsBothKeys() {
        assertThatThrownBy(() -> MasterKeyRotationCommand.run(MasterKeyRotationCommand.OPTION, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresServer.USER, "--spring.datasource.password=" + PostgresServer.PASSWORD,
                "--samenspel.vault.master-key=" + OLD_KEY, "--samenspel.vault.new-master-key="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SAMENSPEL_VAULT_NEW_MASTER_KEY");
    }

    private static MasterKeyRotation.Result rotate(String oldKey, String newKey) {
        return MasterKeyRotationCommand.run(MasterKeyRotationCommand.OPTION, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresServer.USER, "--spring.datasource.password=" + PostgresServer.PASSWORD,
                "--samenspel.vault.master-key=" + oldKey, "--samenspel.vault.new-master-key=" + newKey);
    }

    /** A fresh vault each time: no data key cached from before the rotation. */
    private static JdbcPersonalDataVault vault(String masterKey) {
        return new JdbcPersonalDataVault(jdbc, MasterKey.fromBase64(masterKey), Clock.systemUTC());
    }

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    private static String base64(String thirtyTwoBytes) {
        return Base64.getEncoder().encodeToString(thirtyTwoBytes.getBytes(StandardCharsets.UTF_8));
    }
}
