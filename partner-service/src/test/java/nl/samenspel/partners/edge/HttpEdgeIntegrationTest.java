package nl.samenspel.partners.edge;

import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.HttpEdgeContract;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;

/** partner-service's answers to requests refused before, around or outside its controllers. */
class HttpEdgeIntegrationTest extends ServiceIntegrationTest implements HttpEdgeContract {

    @Override
    public int applicationPort() {
        return port;
    }

    @Override
    public String readablePath() {
        return "/volunteer-agreements/mine";
    }

    @Override
    public String readerToken() {
        return TestInfrastructure.token("volunteer-edge", "vrijwilligers-zuiderhaven", Roles.VOLUNTEER);
    }

    @Override
    public String refusedPath() {
        return "/volunteer-agreements/mine";
    }

    @Override
    public String refusedToken() {
        return TestInfrastructure.token("analyst-edge", "gemeente-zuiderhaven", Roles.MUNICIPALITY_ANALYST);
    }
}
