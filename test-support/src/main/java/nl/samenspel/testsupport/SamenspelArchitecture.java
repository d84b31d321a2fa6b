package nl.samenspel.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import nl.samenspel.shared.security.Actor;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    /**
     * Only the service's permissions class reads an actor's roles: "coordinator of the network" or "case worker"
     * decided anywhere else is a copy that drifts. shared-infra's own security plumbing is exempt.
     */
    public static ArchRule onlyPermissionsReadRoles(Class<?> permissions) {
        return noClasses()
                .that().doNotBelongToAnyOf(permissions)
                .and().resideOutsideOfPackage("nl.samenspel.shared..")
                .should().callMethod(Actor.class, "hasRole", String.class)
                .orShould().callMethod(Actor.class, "roles")
                .orShould().callMethodWhere(target(name("getAuthorities"))
                        .and(target(owner(assignableTo(Authentication.class)))))
                .because("who may do or see what is decided in " + permissions.getSimpleName() + " only");
    }

    /**
     * Every {@code @PreAuthorize} expression is one of the permissions class's named constants, so the endpoint
     * guards come from the same place as the rules behind them.
     */
    public static ArchRule preAuthorizeFrom(Class<?> permissions) {
        Set<String> named = Set.copyOf(StringConstants.of(permissions));
        ArchCondition<JavaMethod> fromPermissions = new ArchCondition<>(
                "use an expression named in " + permissions.getSimpleName()) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String expression = method.getAnnotationOfType(PreAuthorize.class).value();
                if (!named.contains(expression)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " guards with '"
                            + expression + "', not a constant of " + permissions.getName()));
                }
            }
        };
        return methods().that().areAnnotatedWith(PreAuthorize.class).should(fromPermissions)
                .because("endpoint guards are named beside the rules they stand for");
    }

    /**
     * Every operation of a REST controller states who may call it; "any token" is a decision too and has its own
     * named expression, so an endpoint without a guard is a forgotten one.
     */
    public static final ArchRule EVERY_OPERATION_IS_GUARDED = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
            .and().areAnnotatedWith(RequestMapping.class)
            .or().areAnnotatedWith(GetMapping.class).or().areAnnotatedWith(PostMapping.class)
            .or().areAnnotatedWith(PutMapping.class).or().areAnnotatedWith(PatchMapping.class)
            .or().areAnnotatedWith(DeleteMapping.class)
            .should().beAnnotatedWith(PreAuthorize.class)
            .because("who may call an operation is decided for each one");

    /** No class-level {@code @PreAuthorize}: a guard sits on the operation it guards, where the matrix sees it. */
    public static final ArchRule NO_CLASS_LEVEL_PRE_AUTHORIZE = noClasses().should()
            .beAnnotatedWith(PreAuthorize.class)
            .because("every operation names its own guard");

    /**
     * One actor type: every rule decides on the shared {@link Actor}, carried in the command. A service's own actor
     * class, a requester record, an organisation or person passed beside it, or an actor read from message
     * metadata is a second description of who acts, and two descriptions drift.
     */
    public static final ArchRule ONE_ACTOR_TYPE = CompositeArchRule.of(noClasses()
            .that().resideOutsideOfPackage("nl.samenspel.shared..")
            .should().haveSimpleNameEndingWith("Actor").orShould().haveSimpleName("Requester")
            .because("the shared Actor is the one description of who acts"))
            .and(classes().that().resideOutsideOfPackage("nl.samenspel.shared..")
                    .should(new ArchCondition<JavaClass>("say who acts only with the shared Actor") {
                        @Override
                        public void check(JavaClass type, ConditionEvents events) {
                            for (JavaField field : type.getFields()) {
                                if (STAND_IN_NAMES.contains(field.getName())) {
                                    events.add(SimpleConditionEvent.violated(field, field.getFullName()
                                            + " says who acts beside the shared Actor"));
                                }
                            }
                            for (JavaCodeUnit code : type.getCodeUnits()) {
                                for (JavaParameter parameter : code.getParameters()) {
                                    if (parameter.isAnnotatedWith(MetaDataValue.class)) {
                                        events.add(SimpleConditionEvent.violated(code, code.getFullName()
                                                + " reads who acts from message metadata, not from the command's Actor"));
                                    }
                                }
                            }
                        }
                    })
                    .because("the shared Actor is the one description of who acts"));

    private static final Set<String> STAND_IN_NAMES = Set.of("actingOrganisation", "actingFor", "requester",
            "actorOrganisation", "caseActor");

    private SamenspelArchitecture() {
    }
}
