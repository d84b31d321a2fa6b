package nl.samenspel.e2e.docker;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository these tests check: the nearest directory at or above the working directory with docker-compose.yml. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path locate() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("docker-compose.yml")) && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No docker-compose.yml at or above " + start);
    }
}
