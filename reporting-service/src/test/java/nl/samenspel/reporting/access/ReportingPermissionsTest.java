package nl.samenspel.reporting.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import org.junit.jupiter.api.Test;

class ReportingPermissionsTest {

    private final ReportingPermissions permissions = new ReportingPermissions();

    private static Actor actor(String organisation, String... roles) {
        return new Actor("someone", Optional.of(OrganisationId.of(organisation)), Set.of(roles));
    }

    @Test
    void onlyACoordinatorOfTheCoordinatingOrganisationSeesExactFigures() {
        assertThat(permissions.seesExactFigures(actor("ggd-zuiderhaven", Roles.NETWORK_COORDINATOR), "ggd-zuiderhaven"))
                .isTrue();
        assertThat(permissions.seesExactFigures(actor("welzijn-zuiderhaven", Roles.NETWORK_COORDINATOR),
                "ggd-zuiderhaven")).isFalse();
        assertThat(permissions.seesExactFigures(actor("ggd-zuiderhaven", Roles.MUNICIPALITY_ANALYST), "ggd-zuiderhaven"))
                .isFalse();
        assertThat(permissions.seesExactFigures(actor("ggd-zuiderhaven", Roles.NETWORK_COORDINATOR), null)).isFalse();
        assertThat(permissions.seesExactFigures(new Actor("someone", Optional.empty(),
                Set.of(Roles.NETWORK_COORDINATOR)), "ggd-zuiderhaven")).isFalse();
    }
}
