package nl.samenspel.shared.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Reads request bodies as UTF-8 JSON only (RFC 8259 section 8.1). Jackson guesses UTF-16 and UTF-32 from a byte
 * order mark or from zero bytes among the first four, so a body the strict rules were written for could arrive in an
 * encoding nobody checked; a body starting like that is refused as malformed, and beyond those four bytes Jackson's
 * own UTF-8 decoder refuses any invalid sequence.
 */
public class Utf8JsonHttpMessageConverter extends MappingJackson2HttpMessageConverter {

    private static final int DETECTED_FROM = 4;

    public Utf8JsonHttpMessageConverter(ObjectMapper objectMapper) {
        super(objectMapper);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage inputMessage)
            throws IOException, HttpMessageNotReadableException {
        PushbackInputStream body = new PushbackInputStream(inputMessage.getBody(), DETECTED_FROM);
        byte[] start = body.readNBytes(DETECTED_FROM);
        if (!looksLikeUtf8(start)) {
            throw new HttpMessageNotReadableException("Request body is not UTF-8",
                    new JsonParseException(null, "request bodies are UTF-8 JSON"), inputMessage);
        }
        body.unread(start);
        return super.read(type, contextClass, new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return inputMessage.getHeaders();
            }
        });
    }

    /** No UTF-16 byte order mark, and no zero byte where UTF-16 or UTF-32 would put one. */
    static boolean looksLikeUtf8(byte[] start) {
        for (byte b : start) {
            if (b == 0) {
                return false;
            }
        }
        // A UTF-8 byte order mark is still UTF-8, and Jackson skips it.
        return !(start.length >= 2 && ((start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF
                || (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE));
    }
}
