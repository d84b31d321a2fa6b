package nl.samenspel.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.testsupport.SamenspelArchitecture;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.junit.jupiter.api.Test;

/** The one-actor rule finds each way a second description of who acts comes back, and passes the shared one. */
class OneActorTypeTest {

    record CaseActor(String userId) {
    }

    record Requester(String userId) {
    }

    record CloseCase(String caseId, String actingOrganisation) {
    }

    static class Handler {
        void on(CloseCase command, @MetaDataValue("organisation") String organisation) {
        }
    }

    record OpenCase(String caseId, Actor actor) {
    }

    @Test
    void findsAServiceActorARequesterAFieldBesideTheActorAndAnActorFromMetadata() {
        EvaluationResult result = SamenspelArchitecture.ONE_ACTOR_TYPE.evaluate(
                classes(CaseActor.class, Requester.class, CloseCase.class, Handler.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("CaseActor"))
                .anySatisfy(line -> assertThat(line).contains("Requester"))
                .anySatisfy(line -> assertThat(line).contains("actingOrganisation"))
                .anySatisfy(line -> assertThat(line).contains("message metadata"));
    }

    @Test
    void aCommandCarryingTheSharedActorPasses() {
        assertThat(SamenspelArchitecture.ONE_ACTOR_TYPE.evaluate(classes(OpenCase.class)).hasViolation()).isFalse();
    }

    private static JavaClasses classes(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }
}
