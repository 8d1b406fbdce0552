# syntax=docker/dockerfile:1
# The SMPP 3.4 simulator of docker-compose.yml: testkit's SmppServer as a process (org.ejd.testkit.SmppSimulator).
#   docker build -f infra/docker/smpp-simulator.Dockerfile .

FROM maven:3.9.11-eclipse-temurin-21 AS build
WORKDIR /build
COPY . .
# only what the simulator runs on: testkit's classes, jsmpp and its logging API
RUN --mount=type=cache,target=/var/cache/maven,sharing=locked \
    mvn -B -ntp -Dmaven.repo.local=/var/cache/maven/repository -pl testkit -am package -DskipTests \
 && mvn -B -ntp -Dmaven.repo.local=/var/cache/maven/repository -pl testkit dependency:copy-dependencies \
      -DincludeArtifactIds=jsmpp,slf4j-api -DoutputDirectory=target/simulator-lib \
 && cp testkit/target/testkit-*-SNAPSHOT.jar testkit/target/simulator-lib/testkit.jar

FROM eclipse-temurin:21.0.8_9-jre
RUN groupadd --system ejd && useradd --system --gid ejd --home-dir /app --no-create-home ejd
WORKDIR /app
COPY --from=build --chown=ejd:ejd /build/testkit/target/simulator-lib /app/lib
USER ejd
EXPOSE 2775
ENTRYPOINT ["java","-cp","/app/lib/*","org.ejd.testkit.SmppSimulator","2775"]
