package nl.samenspel.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.ProblemAuthenticationHandlers;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem document. Bad input names the offending field in
 * {@code errors[].field} (a JSON pointer-like path) but never echoes the rejected value: it may be
 * personal data, and problem bodies end up in partner systems' logs.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI SPRING_DEFAULT_TYPE = URI.create("about:blank");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    /** One offending field and what is wrong with it, in words a partner's developer can act on. */
    public record FieldProblem(String field, String detail) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), describe(e)))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return invalid(problems);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors errors
                        ? errors.getFieldErrors().stream().map(e -> new FieldProblem(e.getField(), describe(e)))
                        : result.getResolvableErrors().stream().map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return invalid(problems);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestSizeLimitFilter.tooLargeBodyBehind(ex) != null) {
            return bodyTooLarge(ex);
        }
        JsonMappingException mapping = mappingProblem(ex);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            return invalid(List.of(new FieldProblem(path(mapping), mappingDetail(mapping))));
        }
        if (ex.getMostSpecificCause() instanceof JsonProcessingException) {
            return ResponseEntity.badRequest().body(ProblemResponses.problem(HttpStatus.BAD_REQUEST,
                    "malformed-json", "Malformed JSON", "The request body is not well-formed JSON."));
        }
        return ResponseEntity.badRequest().body(ProblemResponses.problem(HttpStatus.BAD_REQUEST,
                "unreadable-body", "Unreadable request body", "A JSON request body is required."));
    }

    /**
     * Spring MVC's own refusals (404, 405, 406, 415, ...) come with a detail that may quote the request: the path,
     * the method or the content type sent. Those get the fixed problem for their status instead.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && SPRING_DEFAULT_TYPE.equals(problem.getType())) {
            body = StatusProblems.of(statusCode);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** A missing query parameter is named like any other invalid field. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldProblem(ex.getParameterName(), "is required")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> problems = ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastNode(violation.getPropertyPath()), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return invalid(problems);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return invalid(List.of(new FieldProblem(ex.getName(), "has the wrong format")));
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Object> invalidField(InvalidField ex) {
        return invalid(List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolation(RuleViolation ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemResponses.problem(HttpStatus.CONFLICT,
                ex.code(), "Rule violated", ex.getMessage()));
    }

    /** Creating an aggregate whose id already has events: a repeated create, not a server fault. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<Object> alreadyExists(AggregateStreamCreationException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemResponses.problem(HttpStatus.CONFLICT,
                "already-exists", "Already exists", "Something with this id already exists."));
    }

    /** A command for an aggregate that was never created: the id in the path names nothing. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemResponses.problem(HttpStatus.NOT_FOUND,
                "not-found", "Not found", "Nothing with this id exists."));
    }

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<Object> notPermitted(NotPermitted ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemResponses.problem(HttpStatus.FORBIDDEN,
                "not-permitted", "Not permitted", ex.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemAuthenticationHandlers.forbidden());
    }

    /** A body that declared no length (chunked) and went past the limit while it was read. */
    @ExceptionHandler(RequestSizeLimitFilter.RequestBodyTooLargeException.class)
    ResponseEntity<Object> bodyTooLarge(Exception ex) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(RequestSizeLimitFilter.tooLarge(RequestSizeLimitFilter.tooLargeBodyBehind(ex).maxBytes()));
    }

    /**
     * The firewall checks parameters when they are first read, which for a form-encoded body is inside Spring MVC,
     * past the firewall's own handler: a NUL in a form field ended as a 500. Found by the hostile-input test.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException ex) {
        return ResponseEntity.badRequest().body(ProblemResponses.rejectedRequest());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        if (RequestSizeLimitFilter.tooLargeBodyBehind(ex) != null) {
            return bodyTooLarge(ex);
        }
        // Messages of library exceptions can quote the data that failed (a SQL error names the duplicate
        // value), so the error line carries types and code positions only; the full exception is DEBUG.
        log.error("Unhandled {}", SafeThrowables.describe(ex));
        log.debug("Unhandled exception in full", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemResponses.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed. Nothing was stored; it is safe to retry."));
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> problems) {
        String fields = problems.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "invalid-request",
                "Invalid request", "Invalid field(s): " + fields + ".");
        problem.setProperty("errors", problems);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? path.toString() : name;
    }

    private static String describe(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    /**
     * The outermost mapping exception, which knows the field: not the most specific cause, because a value that
     * fails to parse (a date, say) wraps its own parser's exception, which knows nothing of the JSON path.
     */
    private static JsonMappingException mappingProblem(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping) {
                return mapping;
            }
        }
        return null;
    }

    /**
     * The path as field names; a name the client made up (an unknown field) appears only if it looks like a field
     * name, so that a key such as {@code ${jndi:...}} or a person's name is not repeated back.
     */
    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                String name = FIELD_NAME.matcher(ref.getFieldName()).matches() ? ref.getFieldName() : "(unknown field)";
                path.append(path.isEmpty() ? "" : ".").append(name);
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String mappingDetail(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + List.of(format.getTargetType().getEnumConstants());
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        // Only our own messages are safe to pass on: a library's (UUID.fromString's, say) quotes the value.
        if (mapping instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof InvalidField invalid) {
            return invalid.getMessage();
        }
        if (mapping instanceof ValueInstantiationException) {
            return "is invalid";
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be of type " + jsonTypeName(mismatch.getTargetType());
        }
        return "has the wrong type";
    }

    private static final Map<Class<?>, String> JSON_TYPES = Map.of(
            boolean.class, "boolean", Boolean.class, "boolean", String.class, "string",
            int.class, "integer", Integer.class, "integer", long.class, "integer", Long.class, "integer");

    private static String jsonTypeName(Class<?> type) {
        return JSON_TYPES.getOrDefault(type, type.isEnum() ? "enum" : "object");
    }
}
