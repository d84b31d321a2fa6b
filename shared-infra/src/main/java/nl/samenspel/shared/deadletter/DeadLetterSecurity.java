package nl.samenspel.shared.deadletter;

import nl.samenspel.shared.security.ProblemAuthenticationHandlers;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.shared.security.SamenspelJwtAuthenticationConverter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The {@code deadletters} endpoint is for whoever runs the platform and nobody else: retrying or evicting changes
 * what every read model holds, and even the listing tells which aggregates are stuck. Its own filter chain, before
 * the API's, so the rule holds wherever the actuator is served (application or management port).
 */
public final class DeadLetterSecurity {

    private DeadLetterSecurity() {
    }

    public static SecurityFilterChain filterChain(HttpSecurity http, ProblemAuthenticationHandlers handlers)
            throws Exception {
        return http.securityMatcher(EndpointRequest.to(DeadLettersEndpoint.class))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.PLATFORM_OPERATOR))
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new SamenspelJwtAuthenticationConverter()))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .build();
    }
}
