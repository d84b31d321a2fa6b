package nl.samenspel.cases;

import java.nio.file.Path;
import nl.samenspel.testsupport.OpenApiDrift;
import org.junit.jupiter.api.Test;

class OpenApiDescriptionTest extends CaseServiceIntegrationTest {

    @Test
    void theCommittedOpenApiDescriptionMatchesTheRunningService() throws Exception {
        OpenApiDrift.assertCommittedDescriptionIsCurrent(port, Path.of("openapi.yaml"));
    }
}
