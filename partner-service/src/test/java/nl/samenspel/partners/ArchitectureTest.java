package nl.samenspel.partners;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.testsupport.SamenspelArchitecture;

@AnalyzeClasses(packages = "nl.samenspel.partners", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule aggregatesAreFreeOfInfrastructure = SamenspelArchitecture.AGGREGATES_ARE_FREE_OF_INFRASTRUCTURE;

    @ArchTest
    static final ArchRule featuresDoNotUsePlatformConfiguration = SamenspelArchitecture.FEATURES_DO_NOT_USE_PLATFORM_CONFIGURATION;

    @ArchTest
    static final ArchRule onlyTranslatorsBuildIntegrationEvents = SamenspelArchitecture.ONLY_TRANSLATORS_BUILD_INTEGRATION_EVENTS;

    @ArchTest
    static final ArchRule onlyPermissionsReadRoles = SamenspelArchitecture.onlyPermissionsReadRoles(PartnerPermissions.class);

    @ArchTest
    static final ArchRule preAuthorizeFromPermissions = SamenspelArchitecture.preAuthorizeFrom(PartnerPermissions.class);

    @ArchTest
    static final ArchRule everyOperationIsGuarded = SamenspelArchitecture.EVERY_OPERATION_IS_GUARDED;

    @ArchTest
    static final ArchRule noClassLevelPreAuthorize = SamenspelArchitecture.NO_CLASS_LEVEL_PRE_AUTHORIZE;

    @ArchTest
    static final ArchRule oneActorType = SamenspelArchitecture.ONE_ACTOR_TYPE;
}
