# A service image (build arg SERVICE, e.g. case-service, and PORT): the jar that `./mvnw -DskipTests package` builds, on the official Temurin 17 JRE.
# The build context is the repository root (see docker-compose.yml and .dockerignore):
#   docker build --build-arg SERVICE=case-service --build-arg PORT=8082 -t samenspel/case-service:dev .
# The stage below only unpacks the jar into Spring Boot's layers (dependencies change rarely, the
# application often), so a rebuild after a code change ships a small layer instead of 64 MB. No Maven runs
# inside Docker.
FROM eclipse-temurin:17-jre AS layers
ARG SERVICE
WORKDIR /layers
COPY ${SERVICE}/target/${SERVICE}.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre
ARG PORT
# A fixed numeric, non-root user, so that runAsNonRoot-style checks can verify it. The application files
# stay owned by root and are read-only for the user; its home only takes what libraries write there
# (Axon keeps ~/.axoniq/update-checker.properties).
RUN groupadd --system --gid 10001 samenspel \
    && useradd --system --uid 10001 --gid samenspel --create-home --home-dir /home/samenspel \
        --shell /usr/sbin/nologin samenspel
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER 10001:10001
ENV SERVER_PORT=${PORT}
EXPOSE ${PORT}
# Health: GET /actuator/health on the management port, PORT + 1000 (docker-compose.yml checks it there). Heap: 75 % of the container's memory
# limit, unless JAVA_TOOL_OPTIONS sets -Xmx.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
