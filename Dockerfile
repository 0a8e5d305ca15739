# The service image: build the jar with Maven on JDK 25, run it on a JRE.
# `docker compose up --build` uses it; `mvn spring-boot:build-image` is the buildpack alternative.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY graphql graphql
COPY cypher cypher
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 app
USER app
WORKDIR /app
COPY --from=build /src/target/*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-jar", "/app/app.jar"]
