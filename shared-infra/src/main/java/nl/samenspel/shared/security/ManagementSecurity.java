package nl.samenspel.shared.security;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator is served on the management port only, and there it is open for health alone, so orchestrators can
 * probe without a token. Everything else is for whoever runs the platform: metrics count requests per endpoint and
 * status (a live, unsuppressed count of new cases is a figure about people, R8), and the dead-letter endpoint tells
 * which aggregates are stuck and changes what read models hold. Its own filter chain, before the API's, matched by
 * endpoint rather than path so it holds whichever port and base path the actuator has.
 */
public final class ManagementSecurity {

    private ManagementSecurity() {
    }

    public static SecurityFilterChain filterChain(HttpSecurity http, ProblemAuthenticationHandlers handlers)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Roles.PLATFORM_OPERATOR))
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new SamenspelJwtAuthenticationConverter()))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .build();
    }
}
