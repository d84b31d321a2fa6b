package nl.samenspel.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.IntegrationEvent;

/** Checks what a translator publishes against the committed JSON Schema of its type, serialised as published. */
public final class PublishedSchemas {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PublishedSchemas() {
    }

    public static List<String> schemaErrors(IntegrationEvent event) throws IOException {
        String resource = CloudEventTypes.schemaResource(CloudEventTypes.of(event.getClass()));
        try (InputStream schema = event.getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(schema).as(resource).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(JSON.valueToTree(event)).stream().map(Object::toString).toList();
        }
    }
}
