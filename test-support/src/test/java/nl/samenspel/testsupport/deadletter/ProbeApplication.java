package nl.samenspel.testsupport.deadletter;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Samenspel service: one aggregate and one projection, to test what shared-infra gives every service. */
@SpringBootApplication
class ProbeApplication {
}
