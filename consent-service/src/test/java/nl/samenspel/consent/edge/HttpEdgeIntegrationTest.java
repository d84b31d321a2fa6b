package nl.samenspel.consent.edge;

import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.HttpEdgeContract;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;

/** consent-service's answers to requests refused before, around or outside its controllers. */
class HttpEdgeIntegrationTest extends ServiceIntegrationTest implements HttpEdgeContract {

    private static final String DECISION = "/access-decisions?networkId=oggz-edge&organisationId=ggz-edge";

    @Override
    public int applicationPort() {
        return port;
    }

    @Override
    public String readablePath() {
        return DECISION;
    }

    @Override
    public String readerToken() {
        return TestInfrastructure.token("professional-edge", "ggz-edge", Roles.PROFESSIONAL);
    }

    @Override
    public String refusedPath() {
        return DECISION;
    }

    @Override
    public String refusedToken() {
        return TestInfrastructure.token("analyst-edge", "gemeente-zuiderhaven", Roles.MUNICIPALITY_ANALYST);
    }
}
