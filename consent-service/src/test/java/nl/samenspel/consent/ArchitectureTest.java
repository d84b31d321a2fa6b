package nl.samenspel.consent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.samenspel.consent.access.ConsentPermissions;
import nl.samenspel.testsupport.SamenspelArchitecture;

/** consent-service has no aggregates yet; their rule joins with the first one. */
@AnalyzeClasses(packages = "nl.samenspel.consent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresDoNotUsePlatformConfiguration = SamenspelArchitecture.FEATURES_DO_NOT_USE_PLATFORM_CONFIGURATION;

    @ArchTest
    static final ArchRule onlyTranslatorsBuildIntegrationEvents = SamenspelArchitecture.ONLY_TRANSLATORS_BUILD_INTEGRATION_EVENTS;

    @ArchTest
    static final ArchRule decisionsAreTakenOnLocalFacts = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..",
                    "org.springframework.web.reactive.function.client..", "java.net.http..",
                    "org.springframework.cloud.openfeign..")
            .because("access is decided on the local copy of partner facts, never by a call per request (issue 3)");

    @ArchTest
    static final ArchRule onlyPermissionsReadRoles = SamenspelArchitecture.onlyPermissionsReadRoles(ConsentPermissions.class);

    @ArchTest
    static final ArchRule preAuthorizeFromPermissions = SamenspelArchitecture.preAuthorizeFrom(ConsentPermissions.class);

    @ArchTest
    static final ArchRule everyOperationIsGuarded = SamenspelArchitecture.EVERY_OPERATION_IS_GUARDED;

    @ArchTest
    static final ArchRule noClassLevelPreAuthorize = SamenspelArchitecture.NO_CLASS_LEVEL_PRE_AUTHORIZE;

    @ArchTest
    static final ArchRule oneActorType = SamenspelArchitecture.ONE_ACTOR_TYPE;
}
