package nl.samenspel.cases.edge;

import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.HttpEdgeContract;
import nl.samenspel.testsupport.TestInfrastructure;

/** case-service's answers to requests refused before, around or outside its controllers. */
class HttpEdgeIntegrationTest extends CaseServiceIntegrationTest implements HttpEdgeContract {

    private static final String VOLUNTEER = TestInfrastructure.token("volunteer-edge", "vrijwilligers-zuiderhaven",
            Roles.VOLUNTEER);

    @Override
    public int applicationPort() {
        return port;
    }

    @Override
    public String readablePath() {
        return "/signals/mine";
    }

    @Override
    public String readerToken() {
        return VOLUNTEER;
    }

    @Override
    public String refusedPath() {
        return "/signals?networkId=oggz-edge";
    }

    @Override
    public String refusedToken() {
        return VOLUNTEER;
    }
}
