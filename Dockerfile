# Corridor Atlas: one replica. Build the jar first (mvn -B -DskipTests package), then: docker build -t corridor-atlas .
# Run any number of these behind a balancer (deploy/compose.yaml, deploy/kubernetes/): they answer alike.
FROM eclipse-temurin:17-jre

# curl for the health check only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /srv/atlas --shell /usr/sbin/nologin atlas

WORKDIR /srv/atlas
COPY target/corridor-atlas.jar corridor-atlas.jar
COPY geodata geodata
# A class-data-sharing archive made by this image's own JVM from a self-test of the jar: the classes a start loads
# are mapped instead of loaded and verified again (README, "Two commands"). Fails the image build if the jar cannot serve.
RUN java -XX:ArchiveClassesAtExit=/srv/atlas/corridor-atlas.jsa -Xlog:cds=error,cds+dynamic=error \
    -jar /srv/atlas/corridor-atlas.jar self-test --data /srv/atlas/geodata
# Prepared routing hierarchies; mount a shared volume here so that new replicas load them instead of preparing.
RUN mkdir cache && chown atlas:atlas cache

USER atlas
EXPOSE 7070
# Heap from the container's memory limit, not the host's.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:7070/health > /dev/null || exit 1
# SIGTERM (docker stop): not ready, then the requests in flight finish within --drain seconds.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/srv/atlas/corridor-atlas.jsa", "-jar", "/srv/atlas/corridor-atlas.jar"]
CMD ["serve", "--host", "0.0.0.0", "--port", "7070", "--data", "/srv/atlas/geodata", "--cache", "/srv/atlas/cache", "--drain", "10"]
