# The service image: build the jar with Maven on JDK 25, run it on a JRE.
# `docker compose up --build` uses it; `mvn spring-boot:build-image` is the buildpack alternative.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY graphql graphql
COPY cypher cypher
RUN mvn -B -q -DskipTests package

# The jar extracted as Spring Boot recommends for deployment, and the JVM's AOT cache trained
# once (README "Start time"): a start then takes about a third less CPU (measured by hand with the
# same commands: 42 to 44 s of CPU against 63 to 73 s for `java -jar` of the packaged jar, on a
# busy 2-core machine). The cache adds about 250 MB to the image. It is trained here, in the
# runtime image, with the JVM and the options the service runs with: with another JVM build or
# other options the JVM refuses the cache at start (a warning) and starts without it. Training
# starts the service on an embedded Neo4j of its own, loads the scripts (not the store image, so
# that their classes are cached too), answers the warm-up's example questions (so that the
# classes of answering are cached as well) and stops (about two minutes). The jar carries the store image the
# Maven build made: a container starts on an empty store from it (README "Start time").
FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/target/*.jar /tmp/app.jar
ENV SERVICE_JVM_OPTIONS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app \
    && rm /tmp/app.jar \
    && java -XX:AOTCacheOutput=/app/app.aot ${SERVICE_JVM_OPTIONS} -jar /app/app.jar --graph.warmup.exit-when-done=true \
        --graph.embedded.store-directory=/tmp/training-store --graph.embedded.store-image=false \
    && rm -rf /tmp/training-store
RUN useradd --system --uid 10001 app
USER app
EXPOSE 8080
# Shell form, so that the options are written once (above); exec keeps java as process 1.
ENTRYPOINT exec java -XX:AOTCache=/app/app.aot ${SERVICE_JVM_OPTIONS} -jar /app/app.jar
