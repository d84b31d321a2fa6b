package nl.samenspel.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import nl.samenspel.shared.privacy.PersonalData;

/** Checks that what a translator publishes carries none of the source event's {@link PersonalData}. */
public final class PersonalDataLeaks {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PersonalDataLeaks() {
    }

    /**
     * Translates {@code sample} and asserts that the value of every {@code @PersonalData} component of
     * it is absent from the published JSON. The sample must hold at least one such value, with text
     * distinctive enough not to occur by chance.
     */
    public static <E extends Record> IntegrationEvent assertPublishesNoPersonalData(
            IntegrationEventTranslator<E> translator, E sample) throws Exception {
        List<String> personal = new ArrayList<>();
        for (RecordComponent component : sample.getClass().getRecordComponents()) {
            if (component.isAnnotationPresent(PersonalData.class)) {
                Object value = component.getAccessor().invoke(sample);
                if (value != null) {
                    personal.add(value.toString());
                }
            }
        }
        assertThat(personal).as("personal data in the sample " + sample.getClass().getSimpleName()).isNotEmpty();

        IntegrationEvent published = translator.translate(sample);
        String json = JSON.writeValueAsString(published);
        for (String value : personal) {
            assertThat(json).as("published " + published.getClass().getSimpleName()).doesNotContain(value);
        }
        return published;
    }
}
