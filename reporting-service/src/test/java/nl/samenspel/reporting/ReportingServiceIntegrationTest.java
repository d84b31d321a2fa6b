package nl.samenspel.reporting;

import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * reporting-service on real PostgreSQL and Kafka with real JWTs, metrics and tracing on as in production.
 * Every Spring test in this module extends this class and adds no configuration of its own, so the
 * module builds one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
public abstract class ReportingServiceIntegrationTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api() {
        return Api.at(port);
    }

    protected static String bootstrapServers() {
        return TestInfrastructure.kafka().bootstrapServers();
    }
}
