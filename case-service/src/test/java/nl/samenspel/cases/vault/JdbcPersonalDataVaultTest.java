package nl.samenspel.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The vault on real PostgreSQL, migrated by case-service's own scripts. */
class JdbcPersonalDataVaultTest {

    private static final byte[] MASTER_KEY = new byte[32];
    private static final byte[] OTHER_MASTER_KEY = "another master key of 32 bytes!!".getBytes(StandardCharsets.UTF_8);

    private static JdbcTemplate jdbc;
    private static JdbcPersonalDataVault vault;

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(TestInfrastructure.migratedDataSource());
        MASTER_KEY[0] = 7;
        vault = new JdbcPersonalDataVault(jdbc, MASTER_KEY, Clock.systemUTC());
    }

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    @Test
    void sealedDataOpensToThePlaintextAndDoesNotContainIt() {
        String subject = subject();

        Sealed sealed = vault.seal(subject, "Jan de Vries, Kastanjelaan 3");

        assertThat(sealed.keyId()).isEqualTo(subject);
        assertThat(new String(Base64.getDecoder().decode(sealed.data()), StandardCharsets.ISO_8859_1))
                .doesNotContain("Jan", "Kastanjelaan");
        assertThat(sealed.toString()).doesNotContain("Jan").doesNotContain(sealed.data());
        assertThat(vault.open(sealed)).contains("Jan de Vries, Kastanjelaan 3");
    }

    @Test
    void theSamePlaintextSealsDifferentlyEachTime() {
        String subject = subject();

        Sealed first = vault.seal(subject, "1985-03-14");
        Sealed second = vault.seal(subject, "1985-03-14");

        assertThat(first.iv()).isNotEqualTo(second.iv());
        assertThat(first.data()).isNotEqualTo(second.data());
    }

    @Test
    void aFreshVaultOnTheSameDatabaseOpensWhatAnotherSealed() {
        Sealed sealed = vault.seal(subject(), "Marktplein 1");

        assertThat(new JdbcPersonalDataVault(jdbc, MASTER_KEY, Clock.systemUTC()).open(sealed)).contains("Marktplein 1");
    }

    @Test
    void aCopyOfTheDatabaseWithoutTheMasterKeyOpensNothing() {
        Sealed sealed = vault.seal(subject(), "Marktplein 1");

        assertThatThrownBy(() -> new JdbcPersonalDataVault(jdbc, OTHER_MASTER_KEY, Clock.systemUTC()).open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("Marktplein");
    }

    @Test
    void oneSubjectsCiphertextCannotBePassedOffAsAnothers() {
        String victim = subject();
        String other = subject();
        vault.seal(other, "anything, so the other subject has a key");
        Sealed sealed = vault.seal(victim, "Jan de Vries");

        assertThatThrownBy(() -> vault.open(new Sealed(other, sealed.iv(), sealed.data())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void erasureDestroysTheKeySoEveryCopyReadsAsNothingAndNothingNewIsSealed() {
        String subject = subject();
        Sealed sealed = vault.seal(subject, "Jan de Vries");

        assertThat(vault.erase(subject)).isTrue();

        assertThat(vault.open(sealed)).isEmpty();
        assertThat(new JdbcPersonalDataVault(jdbc, MASTER_KEY, Clock.systemUTC()).open(sealed)).isEmpty();
        assertThat(vault.isErased(subject)).isTrue();
        assertThatThrownBy(() -> vault.seal(subject, "Jan de Vries")).isInstanceOf(SubjectErased.class)
                .hasMessageNotContaining("Jan");
        assertThat(vault.erase(subject)).isFalse();
        assertThat(jdbc.queryForObject("select wrapped_key is null and erased_at is not null from personal_data_key "
                + "where subject = ?", Boolean.class, subject)).isTrue();
    }

    @Test
    void aSubjectErasedBeforeItHadAKeyGetsNone() {
        String subject = subject();

        assertThat(vault.erase(subject)).isTrue();

        assertThat(vault.isErased(subject)).isTrue();
        assertThatThrownBy(() -> vault.seal(subject, "x")).isInstanceOf(SubjectErased.class);
    }

    @Test
    void concurrentFirstUsesOfASubjectShareOneKey() throws Exception {
        String subject = subject();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Sealed>> seals = IntStream.range(0, 16)
                    .<Callable<Sealed>>mapToObj(i -> () -> new JdbcPersonalDataVault(jdbc, MASTER_KEY, Clock.systemUTC())
                            .seal(subject, "value " + i))
                    .toList();
            List<Future<Sealed>> results = pool.invokeAll(seals);

            for (int i = 0; i < results.size(); i++) {
                assertThat(vault.open(results.get(i).get())).contains("value " + i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from personal_data_key where subject = ?", Integer.class,
                subject)).isEqualTo(1);
    }

    @Test
    void aMasterKeyOfTheWrongLengthIsRefusedAtStart() {
        assertThatThrownBy(() -> new JdbcPersonalDataVault(jdbc, new byte[16], Clock.systemUTC()))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void aBlindIndexIsStablePerPurposeUnrelatedAcrossPurposesAndNamesNothing() {
        String purpose = "test-" + UUID.randomUUID();
        String otherPurpose = "test-" + UUID.randomUUID();

        String index = vault.blindIndex(purpose, "volunteer-anna");

        assertThat(index).matches("[0-9a-f]{64}").doesNotContain("anna");
        assertThat(new JdbcPersonalDataVault(jdbc, MASTER_KEY, Clock.systemUTC()).blindIndex(purpose, "volunteer-anna"))
                .isEqualTo(index);
        assertThat(vault.blindIndex(purpose, "volunteer-bram")).isNotEqualTo(index);
        assertThat(vault.blindIndex(otherPurpose, "volunteer-anna")).isNotEqualTo(index);
        assertThat(jdbc.queryForObject("select count(*) from personal_data_key where subject = ?", Long.class,
                "blind-index:" + purpose)).isEqualTo(1);
    }

    @Test
    void noBlindIndexIsMadeForAnErasedPurpose() {
        String purpose = "test-" + UUID.randomUUID();
        vault.blindIndex(purpose, "volunteer-anna");
        vault.erase("blind-index:" + purpose);

        assertThatThrownBy(() -> vault.blindIndex(purpose, "volunteer-anna")).isInstanceOf(SubjectErased.class);
    }
}
