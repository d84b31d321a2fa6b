package nl.samenspel.reporting;

import java.nio.file.Path;
import nl.samenspel.testsupport.OpenApiDrift;
import org.junit.jupiter.api.Test;

class OpenApiDescriptionTest extends ReportingServiceIntegrationTest {

    @Test
    void theCommittedOpenApiDescriptionMatchesTheRunningService() throws Exception {
        OpenApiDrift.assertCommittedDescriptionIsCurrent(port, Path.of("openapi.yaml"));
    }
}
