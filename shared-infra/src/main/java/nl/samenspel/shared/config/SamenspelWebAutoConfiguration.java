package nl.samenspel.shared.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import nl.samenspel.shared.web.ConcreteContentTypeFilter;
import nl.samenspel.shared.web.ProblemDetailsAdvice;
import nl.samenspel.shared.web.ProblemInstanceRemover;
import nl.samenspel.shared.web.ProblemResponses;
import nl.samenspel.shared.web.RequestSizeLimitFilter;
import nl.samenspel.shared.web.Utf8JsonHttpMessageConverter;
import nl.samenspel.shared.web.TomcatProblemErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HTTP face every service shares: problem+json errors, a body size cap, strict request JSON,
 * and an OpenAPI description that declares the bearer-token requirement.
 */
@AutoConfiguration(before = {HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class})
public class SamenspelWebAutoConfiguration {

    static final long MAX_REQUEST_BYTES = 256 * 1024;

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    ProblemInstanceRemover problemInstanceRemover() {
        return new ProblemInstanceRemover();
    }

    /** Errors Spring MVC never sees (Tomcat's own, a filter's status) as problem+json too. */
    @Bean
    TomcatProblemErrors tomcatProblemErrors() {
        return new TomcatProblemErrors();
    }

    /**
     * Request bodies are read strictly: a misspelt field (say {@code anonymus}) must be refused, not
     * silently dropped, or a signaller who asked for anonymity would not get it. Axon keeps its own
     * lenient copy of the mapper so stored events stay readable as their classes evolve.
     */
    @Bean
    MappingJackson2HttpMessageConverter strictJsonHttpMessageConverter(ObjectMapper objectMapper) {
        ObjectMapper strict = objectMapper.copy()
                // {"status":"ON_TRACK","status":"CANCELLED"} means whatever the reader makes of it: refuse it whole.
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                // {"status":"OPEN"}{"status":"CANCELLED"} is two documents, not one request.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // "0" is not the first value of an enum ("kindOfHelp":"0" was read as FORMAL).
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // A date is an ISO date: 42 is not the 42nd day after 1970, nor "" no date at all.
                .setDefaultLeniency(false);
        // No guessing between JSON types: 42 is not the text "42", and "yes" is not true.
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Float, LogicalType.Enum}) {
            strict.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual || type == LogicalType.Enum
                            ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        return new Utf8JsonHttpMessageConverter(strict);
    }

    /**
     * Request bodies are JSON only. Spring MVC adds a reader for every Jackson format on the classpath, and
     * springdoc brings YAML: a body sent as {@code application/yaml} was read by a lenient mapper, past the strict
     * one above (unknown fields dropped, "yes" taken for true, duplicate keys a 500).
     */
    @Bean
    WebMvcConfigurer jsonOnlyRequestBodies() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.removeIf(converter -> converter instanceof AbstractJackson2HttpMessageConverter
                        && !(converter instanceof MappingJackson2HttpMessageConverter));
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ProblemResponses problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(MAX_REQUEST_BYTES, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConcreteContentTypeFilter> concreteContentTypeFilter(ProblemResponses problems) {
        FilterRegistrationBean<ConcreteContentTypeFilter> registration =
                new FilterRegistrationBean<>(new ConcreteContentTypeFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    @Bean
    OpenAPI samenspelOpenApi(@Value("${spring.application.name}") String service,
            @Value("${samenspel.api.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title("Samenspel " + service).version("v1").description(description)
                        .license(new License().name("EUPL-1.2")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token from the Keycloak realm 'samenspel'.")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                // Relative, so the committed description does not depend on the host or port it was generated on.
                .servers(List.of(new Server().url("/")));
    }
}
