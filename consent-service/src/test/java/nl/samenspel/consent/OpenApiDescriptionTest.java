package nl.samenspel.consent;

import java.nio.file.Path;
import nl.samenspel.testsupport.OpenApiDrift;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

class OpenApiDescriptionTest extends ServiceIntegrationTest {

    @Test
    void theCommittedOpenApiDescriptionMatchesTheRunningService() throws Exception {
        OpenApiDrift.assertCommittedDescriptionIsCurrent(port, Path.of("openapi.yaml"));
    }
}
