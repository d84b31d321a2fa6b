package nl.samenspel.shared.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Tracer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class ActorDispatchInterceptorTest {

    record RaiseSomething(String what) {
    }

    @AnonymousActor
    record AskAnonymously(String what) {
    }

    record RaiseMaybeAnonymously(String what, boolean anonymous) implements AnonymousActor.WhenAsked {
    }

    private final ActorDispatchInterceptor interceptor = new ActorDispatchInterceptor(Tracer.NOOP);

    @BeforeEach
    void signedIn() {
        Jwt jwt = new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "none"),
                Map.of("sub", "account-42", "organisation", "ggz-delta"));
        SecurityContextHolder.getContext().setAuthentication(
                new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_professional"))));
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    private CommandMessage<?> dispatched(Object payload) {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage(payload);
        return interceptor.handle(List.of(command)).apply(0, command);
    }

    @Test
    void aCommandCarriesTheActorAndTheirOrganisation() {
        CommandMessage<?> command = dispatched(new RaiseSomething("x"));

        assertThat(command.getMetaData()).containsEntry(ActorMetadata.ACTOR, "account-42")
                .containsEntry(ActorMetadata.ORGANISATION, "ggz-delta");
    }

    @Test
    void anAnonymousCommandCarriesNeitherWhoSentItNorTheirOrganisation() {
        CommandMessage<?> command = dispatched(new AskAnonymously("x"));

        assertThat(command.getMetaData()).doesNotContainKeys(ActorMetadata.ACTOR, ActorMetadata.ORGANISATION);
    }

    @Test
    void aCommandWhoseSenderAskedToStayAnonymousCarriesNeitherWhoSentItNorTheirOrganisation() {
        CommandMessage<?> command = dispatched(new RaiseMaybeAnonymously("x", true));

        assertThat(command.getMetaData()).doesNotContainKeys(ActorMetadata.ACTOR, ActorMetadata.ORGANISATION);
    }

    @Test
    void aCommandThatMayBeAnonymousCarriesTheActorWhenItsSenderDidNotAsk() {
        CommandMessage<?> command = dispatched(new RaiseMaybeAnonymously("x", false));

        assertThat(command.getMetaData()).containsEntry(ActorMetadata.ACTOR, "account-42")
                .containsEntry(ActorMetadata.ORGANISATION, "ggz-delta");
    }
}
