package nl.samenspel.cases;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.samenspel.cases.access.CaseDisclosure;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.cases.vault.JdbcPersonalDataVault;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.testsupport.SamenspelArchitecture;

@AnalyzeClasses(packages = "nl.samenspel.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule aggregatesAreFreeOfInfrastructure = SamenspelArchitecture.AGGREGATES_ARE_FREE_OF_INFRASTRUCTURE;

    @ArchTest
    static final ArchRule featuresDoNotUsePlatformConfiguration = SamenspelArchitecture.FEATURES_DO_NOT_USE_PLATFORM_CONFIGURATION;

    @ArchTest
    static final ArchRule onlyTranslatorsBuildIntegrationEvents = SamenspelArchitecture.ONLY_TRANSLATORS_BUILD_INTEGRATION_EVENTS;

    @ArchTest
    static final ArchRule onlyPermissionsReadRoles = SamenspelArchitecture.onlyPermissionsReadRoles(CasePermissions.class);

    @ArchTest
    static final ArchRule preAuthorizeFromPermissions = SamenspelArchitecture.preAuthorizeFrom(CasePermissions.class);

    @ArchTest
    static final ArchRule everyOperationIsGuarded = SamenspelArchitecture.EVERY_OPERATION_IS_GUARDED;

    @ArchTest
    static final ArchRule noClassLevelPreAuthorize = SamenspelArchitecture.NO_CLASS_LEVEL_PRE_AUTHORIZE;

    @ArchTest
    static final ArchRule oneActorType = SamenspelArchitecture.ONE_ACTOR_TYPE;

    private static final String VAULT = "nl.samenspel.cases.vault..";

    /**
     * Only the read seam opens sealed personal data, and only as far as the decision handed to it allows: a view
     * that opened on its own would show whatever rows it selected, whoever asked. The vault package implements
     * sealing (and re-wraps keys on rotation), so it is the one other place that decrypts.
     */
    @ArchTest
    static final ArchRule onlyTheSeamOpensSealedData = noClasses()
            .that().doNotBelongToAnyOf(CaseDisclosure.class)
            .and().resideOutsideOfPackage(VAULT)
            .should().callMethodWhere(target(owner(assignableTo(PersonalDataVault.class)))
                    .and(target(name("open").or(name("openNullable")))))
            .orShould().callMethodWhere(target(owner(assignableTo(JdbcPersonalDataVault.class)))
                    .and(target(name("unwrap"))))
            .because("every read of personal data passes CaseDisclosure, behind the decision of CasePermissions");

    /** Nobody decrypts beside the vault: a Cipher elsewhere would be a second way around the seam. */
    @ArchTest
    static final ArchRule onlyTheVaultDecrypts = noClasses()
            .that().resideOutsideOfPackage(VAULT)
            .should().dependOnClassesThat().resideInAPackage("javax.crypto..")
            .because("sealed data is opened by the vault, for CaseDisclosure only");
}
