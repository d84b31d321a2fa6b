package nl.samenspel.e2e.docker;

/**
 * The official images of the Docker path. docker-compose.yml must name the same ones (ComposeFileTest checks), so
 * DockerPlatformIT tests what {@code docker compose up} runs. Keycloak and Kafka match the versions the embedded
 * runner takes from Maven Central (Keycloak 26.7.3, kafka 3.9.2 as managed by Spring Boot 3.5.16).
 */
final class DockerImages {

    static final String POSTGRES = "postgres:17";
    static final String KAFKA = "apache/kafka:3.9.2";
    static final String KEYCLOAK = "quay.io/keycloak/keycloak:26.7.3";

    /** The base of every service image (the Dockerfiles' FROM lines). */
    static final String SERVICE_BASE = "eclipse-temurin:17-jre";

    private DockerImages() {
    }
}
