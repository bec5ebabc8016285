# syntax=docker/dockerfile:1
# VMS Flow's image: one image, the `vmsflow` command, for the worker, the gateway and the sandbox
# (docker-compose.temporal.yml runs `worker config/docker.yml`, `gateway config/docker.yml`, `sandbox ...`).
#   docker build -t vmsflow .

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The Maven repository is cached between builds (a BuildKit cache mount, the default builder since Docker 23);
# the tests run in CI (.ci/run), not here.
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --no-create-home --home-dir /app --uid 10001 vmsflow
WORKDIR /app
COPY --from=build /src/launcher/target/lib/ lib/
COPY --from=build /src/launcher/target/vmsflow.jar vmsflow.jar
COPY config/ config/
USER vmsflow
# Gateway and its admin port, the worker's admin port, the sandbox.
EXPOSE 8080 8081 8082 8090
# JVM options through JAVA_TOOL_OPTIONS, which the JVM reads itself.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "vmsflow.jar"]
CMD ["--help"]
