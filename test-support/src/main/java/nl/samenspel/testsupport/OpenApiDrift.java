package nl.samenspel.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps each service's committed OpenAPI description ({@code <module>/openapi.yaml}) equal to what
 * the running service serves. Partners integrate against the committed file, so a change to the
 * API must show up in review as a change to that file.
 *
 * <p>Run the module's tests with {@code -Dopenapi.update=true} to rewrite the file after an intended change.
 */
public final class OpenApiDrift {

    private static final YAMLMapper YAML = new YAMLMapper();

    private OpenApiDrift() {
    }

    public static void assertCommittedDescriptionIsCurrent(int port, Path committed) throws IOException {
        Api.Response served = Api.at(port).get("/v3/api-docs.yaml");
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        if (Boolean.getBoolean("openapi.update") || !Files.exists(committed) && !isCi()) {
            Files.writeString(committed, served.body());
        }
        assertThat(Files.exists(committed)).as(committed + " is committed").isTrue();
        JsonNode expected = YAML.readTree(Files.readString(committed));
        JsonNode actual = YAML.readTree(served.body());
        assertThat(actual)
                .as("the API differs from " + committed + "; if intended, run the tests with -Dopenapi.update=true and commit it")
                .isEqualTo(expected);
    }

    private static boolean isCi() {
        return System.getenv("CI") != null;
    }
}
