package nl.samenspel.testsupport;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import nl.samenspel.infra.KafkaLayout;
import nl.samenspel.infra.KafkaServer;
import nl.samenspel.infra.PostgresServer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real servers for a module's tests, started once per test JVM and shared by every Spring context
 * in it: PostgreSQL (zonky binaries) and a KRaft Kafka broker in its own process, both from the
 * infra module, and an OAuth2 issuer that signs real JWTs. The servers stop with the JVM.
 */
public final class TestInfrastructure {

    public static final String ISSUER_ID = "samenspel";
    public static final String DATABASE = "service";
    private static final String TEST_PASSWORD = "samenspel.kafka.test-password.";

    private static PostgresServer postgres;
    private static KafkaServer kafka;
    private static MockOAuth2Server oauth;

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            // A throw-away database: speed matters more than surviving a power cut.
            postgres = PostgresServer.temporary().trustingTheOsForTestsOnly().start();
            postgres.ensureDatabase(DATABASE);
        }
        return postgres;
    }

    public static synchronized KafkaServer kafka() {
        if (kafka == null) {
            kafka = KafkaServer.temporary().start();
        }
        return kafka;
    }

    public static synchronized MockOAuth2Server oauth() {
        if (oauth == null) {
            oauth = new MockOAuth2Server();
            oauth.start();
            Runtime.getRuntime().addShutdownHook(new Thread(oauth::shutdown, "mock-oauth2-stop"));
        }
        return oauth;
    }

    /**
     * The shared test database, migrated by the module's own Flyway scripts (platform and service), for
     * projection tests that need real SQL but no Spring context.
     */
    public static synchronized DataSource migratedDataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres().jdbcUrl(DATABASE),
                PostgresServer.USER, PostgresServer.PASSWORD);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    /** Points a Spring Boot service at the shared servers. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres().jdbcUrl(DATABASE));
        registry.add("spring.datasource.username", () -> PostgresServer.USER);
        registry.add("spring.datasource.password", () -> PostgresServer.PASSWORD);
        registry.add("spring.kafka.bootstrap-servers", () -> kafka().bootstrapServers());
        // The test broker's passwords are generated; a service logs in with its own principal's.
        for (String principal : kafkaPrincipals()) {
            registry.add(TEST_PASSWORD + principal, () -> kafka().password(principal));
        }
        registry.add("samenspel.kafka.password", () -> "${" + TEST_PASSWORD + "${samenspel.kafka.username}}");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri",
                () -> oauth().issuerUrl(ISSUER_ID).toString());
    }

    private static List<String> kafkaPrincipals() {
        List<String> principals = new ArrayList<>(KafkaLayout.services());
        principals.add(KafkaLayout.ADMIN);
        return principals;
    }

    /**
     * A signed access token shaped like Keycloak's: realm roles in {@code realm_access.roles}, the
     * {@code organisation} claim (omitted when null) and {@code samenspel} in the audience.
     */
    public static String token(String subject, String organisation, String... roles) {
        Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("realm_access", Map.of("roles", List.of(roles)));
        if (organisation != null) {
            claims.put("organisation", organisation);
        }
        return oauth().issueToken(ISSUER_ID, subject, "samenspel", claims, 3600).serialize();
    }

    /** A token valid in every way except its audience: tokens for other applications must be refused. */
    public static String tokenForOtherAudience(String subject, String organisation, String... roles) {
        return oauth().issueToken(ISSUER_ID, subject, "some-other-app",
                Map.of("realm_access", Map.of("roles", List.of(roles)), "organisation", organisation), 3600).serialize();
    }
}
