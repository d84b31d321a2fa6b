package nl.samenspel.shared.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.ActorArgumentResolver;
import nl.samenspel.shared.security.CurrentActor;
import nl.samenspel.shared.security.ManagementSecurity;
import nl.samenspel.shared.security.PersonLinks;
import nl.samenspel.shared.security.ProblemAuthenticationHandlers;
import nl.samenspel.shared.security.SamenspelJwtAuthenticationConverter;
import nl.samenspel.shared.web.ProblemResponses;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server for the Keycloak realm {@code samenspel}. Only the API description
 * and, on the management port, health are open; everything else needs a token, and roles are checked per operation
 * with {@code @PreAuthorize} expressions from the service's permissions class.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@EnableMethodSecurity
public class SamenspelSecurityAutoConfiguration {

    static {
        // The actor is the request's own, never a parameter a client sends: keep it out of the API description.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    CurrentActor currentActor(ObjectProvider<PersonLinks> links) {
        return new CurrentActor(links);
    }

    @Bean
    WebMvcConfigurer actorArguments(CurrentActor actors) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver(actors));
            }
        };
    }

    @Bean
    ProblemResponses problemResponses(ObjectMapper objectMapper) {
        return new ProblemResponses(objectMapper);
    }

    @Bean
    ProblemAuthenticationHandlers problemAuthenticationHandlers(ProblemResponses problems) {
        return new ProblemAuthenticationHandlers(problems);
    }

    /**
     * The firewall's refusals (an encoded {@code ..} or {@code /}, a NUL, a header with control characters) as a
     * 400 problem; Spring's default sends a bare status that Tomcat would render itself.
     */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemResponses problems) {
        return (request, response, rejected) -> problems.write(request, response, ProblemResponses.rejectedRequest());
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain samenspelManagementSecurity(HttpSecurity http, ProblemAuthenticationHandlers handlers)
            throws Exception {
        return ManagementSecurity.filterChain(http, handlers);
    }

    @Bean
    SecurityFilterChain samenspelApiSecurity(HttpSecurity http, ProblemAuthenticationHandlers handlers) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new SamenspelJwtAuthenticationConverter()))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
        return http.build();
    }
}
