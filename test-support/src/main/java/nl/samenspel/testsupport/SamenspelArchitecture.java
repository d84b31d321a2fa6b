package nl.samenspel.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The structure every service keeps, as executable rules. A service's {@code ArchitectureTest}
 * applies them with {@code @ArchTest} to its production classes.
 */
public final class SamenspelArchitecture {

    /**
     * Aggregates decide on their commands and the ports they are given; HTTP, SQL, Kafka and
     * Spring stay outside, so the domain moves to Axon 5 (or anything else) without rewriting rules.
     */
    public static final ArchRule AGGREGATES_ARE_FREE_OF_INFRASTRUCTURE = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..", "javax.sql..", "jakarta.servlet..", "jakarta.persistence..", "io.cloudevents..",
                    "nl.samenspel.shared.web..", "nl.samenspel.shared.messaging..", "nl.samenspel.shared.config..")
            .because("aggregates only validate and apply; infrastructure is wired around them");

    /** Configuration is shared-infra's business; a feature package that needs some is doing too much. */
    public static final ArchRule FEATURES_DO_NOT_USE_PLATFORM_CONFIGURATION = noClasses()
            .that().resideOutsideOfPackage("nl.samenspel.shared..")
            .should().dependOnClassesThat().resideInAPackage("nl.samenspel.shared.config..")
            .because("configuration lives outside the feature packages");

    /** Integration events are built only by translators, so personal data cannot slip onto Kafka elsewhere. */
    public static final ArchRule ONLY_TRANSLATORS_BUILD_INTEGRATION_EVENTS = noClasses()
            .that().doNotImplement(IntegrationEventTranslator.class)
            .should().callConstructorWhere(target(owner(assignableTo(IntegrationEvent.class))))
            .because("translators are where personal data is left behind");

    private SamenspelArchitecture() {
    }
}
