package nl.samenspel.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

/** Found by partner-service's hostile-input test: a UTF-16 body labelled plain JSON was read and stored. */
class Utf8JsonHttpMessageConverterTest {

    private static final String JSON = "{\"training\":\"Basistraining\"}";
    private final Utf8JsonHttpMessageConverter converter = new Utf8JsonHttpMessageConverter(new ObjectMapper());

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void aBodyInAnotherUnicodeEncodingIsNotRead(String encoding) {
        MockHttpInputMessage message = message(JSON.getBytes(Charset.forName(encoding)));

        assertThatThrownBy(() -> converter.read(Map.class, null, message))
                .isInstanceOf(HttpMessageNotReadableException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF"})
    void aUtf8BodyIsRead(String byteOrderMark) throws IOException {
        Object read = converter.read(Map.class, null, message((byteOrderMark + JSON).getBytes(StandardCharsets.UTF_8)));

        assertThat(read).isEqualTo(Map.of("training", "Basistraining"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "[]", "{}"})
    void aBodyShorterThanFourBytesIsReadToo(String json) throws IOException {
        assertThat(converter.read(Object.class, null, message(json.getBytes(StandardCharsets.UTF_8)))).isNotNull();
    }

    private static MockHttpInputMessage message(byte[] body) {
        MockHttpInputMessage message = new MockHttpInputMessage(body);
        message.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        return message;
    }
}
