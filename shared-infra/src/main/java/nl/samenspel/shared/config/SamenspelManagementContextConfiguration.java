package nl.samenspel.shared.config;

import nl.samenspel.shared.web.TomcatProblemErrors;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.context.annotation.Bean;

/**
 * The management server is a Tomcat of its own, in a child context that takes only a few of the application's
 * server customizers: its errors get the same problem+json report here.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
public class SamenspelManagementContextConfiguration {

    @Bean
    TomcatProblemErrors managementTomcatProblemErrors() {
        return new TomcatProblemErrors();
    }
}
