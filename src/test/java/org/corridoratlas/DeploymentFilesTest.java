package org.corridoratlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.TestServer;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * The container image cannot be built here, so this checks what can be: the Dockerfile, compose file, nginx
 * configuration and Kubernetes manifests parse, run the jar with options the CLI accepts, and point their
 * probes, health checks and ports at endpoints that answer.
 */
class DeploymentFilesTest {
  private static final Path DOCKERFILE = Path.of("Dockerfile");
  private static final Path COMPOSE = Path.of("deploy/compose.yaml");
  private static final Path NGINX = Path.of("deploy/nginx.conf");
  private static final Path KUBERNETES = Path.of("deploy/kubernetes/atlas.yaml");

  /** The options the CLI parses; throws on any it does not know. */
  private static CommandLine.ParseResult parse(List<String> args) {
    return new CommandLine(new Main()).parseArgs(args.toArray(String[]::new)).subcommand();
  }

  private static int port(CommandLine.ParseResult serve) {
    return serve.matchedOptionValue("--port", 7070);
  }

  private static int status(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestServer.base() + path)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void dockerfile_runs_java_17_as_a_non_root_user_with_a_health_check_on_the_port_it_serves() throws Exception {
    String text = Files.readString(DOCKERFILE).replace("\\\n", " ");
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(lines.get(0)).matches("FROM \\S+:17-jre\\S*");
    String user = instruction(lines, "USER");
    assertThat(user).isNotIn("root", "0");
    assertThat(instruction(lines, "COPY")).isEqualTo("target/corridor-atlas.jar corridor-atlas.jar");
    assertThat(lines).contains("COPY geodata geodata");
    assertThat(Files.readString(Path.of("pom.xml"))).as("the jar the image copies is the one mvn package makes")
        .contains("<finalName>corridor-atlas</finalName>");

    List<String> command = new ArrayList<>();
    Json.MAPPER.readTree(instruction(lines, "CMD")).forEach(n -> command.add(n.asText()));
    JsonNode entrypoint = Json.MAPPER.readTree(instruction(lines, "ENTRYPOINT"));
    assertThat(entrypoint.get(0).asText()).isEqualTo("java");
    String archive = entrypoint.get(1).asText().replace("-XX:SharedArchiveFile=", "");
    assertThat(entrypoint.get(1).asText()).as("serve maps the class-data archive").startsWith("-XX:SharedArchiveFile=");
    assertThat(String.join("\n", lines)).as("the image makes that archive with its own JVM from the same jar")
        .contains("RUN java -XX:ArchiveClassesAtExit=" + archive)
        .contains("-jar " + entrypoint.get(3).asText() + " self-test");
    CommandLine.ParseResult serve = parse(command);
    assertThat(serve.commandSpec().name()).isEqualTo("serve");
    assertThat(instruction(lines, "EXPOSE")).isEqualTo(String.valueOf(port(serve)));
    Matcher health = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)(/\\S*)").matcher(instruction(lines, "HEALTHCHECK"));
    assertThat(health.find()).isTrue();
    assertThat(Integer.parseInt(health.group(1))).isEqualTo(port(serve));
    assertThat(health.group(2)).isEqualTo("/health");
    assertThat(status(health.group(2))).isEqualTo(200);
  }

  private static String instruction(List<String> lines, String name) {
    return lines.stream().filter(l -> l.startsWith(name + " ")).map(l -> l.substring(name.length() + 1).strip())
        .findFirst().orElseThrow(
            () -> new AssertionError("no " + name + " in the Dockerfile"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void compose_runs_three_replicas_behind_nginx_that_retries_and_caches() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    List<String> replicas = services.keySet().stream().filter(s -> s.startsWith("atlas")).toList();
    assertThat(replicas).hasSize(3);
    String nginx = Files.readString(NGINX);
    for (String replica : replicas) {
      Map<String, Object> service = (Map<String, Object>) services.get(replica);
      CommandLine.ParseResult serve = parse((List<String>) service.get("command"));
      assertThat(nginx).contains("server " + replica + ":" + port(serve));
      double drain = serve.matchedOptionValue("--drain", 10.0);
      assertThat(Double.parseDouble(service.get("stop_grace_period").toString().replace("s", "")))
          .as("docker waits longer than the drain").isGreaterThan(drain);
    }
    assertThat(((Map<String, Object>) services.get("nginx")).get("volumes").toString()).contains("./nginx.conf");
    assertThat(nginx).containsPattern("proxy_next_upstream error timeout http_502 http_503")
        .contains("proxy_cache atlas;").containsPattern("proxy_cache_path .* keys_zone=atlas:");
  }

  @Test
  @SuppressWarnings("unchecked")
  void kubernetes_probes_ports_and_scaling_name_real_endpoints_and_options() throws Exception {
    List<Map<String, Object>> docs = new ArrayList<>();
    new Yaml().loadAll(Files.readString(KUBERNETES)).forEach(d -> docs.add((Map<String, Object>) d));
    assertThat(docs).extracting(d -> d.get("kind"))
        .containsExactlyInAnyOrder("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget");
    Map<String, Object> deployment = kind(docs, "Deployment");
    Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
    Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
    CommandLine.ParseResult serve = parse((List<String>) container.get("args"));
    Map<String, Object> port = ((List<Map<String, Object>>) container.get("ports")).get(0);
    assertThat(port.get("containerPort")).isEqualTo(port(serve));
    assertThat(map(map(container, "readinessProbe"), "httpGet").get("path")).isEqualTo("/health/ready");
    assertThat(map(map(container, "livenessProbe"), "httpGet").get("path")).isEqualTo("/health");
    for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
      Map<String, Object> get = map(map(container, probe), "httpGet");
      assertThat(get.get("port")).isEqualTo(port.get("name"));
      assertThat(status((String) get.get("path"))).as(probe).isEqualTo(200);
    }
    double drain = serve.matchedOptionValue("--drain", 10.0);
    assertThat(((Number) pod.get("terminationGracePeriodSeconds")).doubleValue()).isGreaterThan(drain + 5);

    Map<String, Object> service = kind(docs, "Service");
    assertThat(((List<Map<String, Object>>) map(service, "spec").get("ports")).get(0).get("targetPort"))
        .isEqualTo(port.get("name"));
    Map<String, Object> podLabels = map(map(map(deployment, "spec"), "selector"), "matchLabels");
    assertThat(map(service, "spec").get("selector")).isEqualTo(podLabels);
    assertThat(map(map(kind(docs, "HorizontalPodAutoscaler"), "spec"), "scaleTargetRef").get("name"))
        .isEqualTo(map(deployment, "metadata").get("name"));
    assertThat(map(map(kind(docs, "PodDisruptionBudget"), "spec"), "selector").toString())
        .isEqualTo(map(map(deployment, "spec"), "selector").toString());
  }

  private static Map<String, Object> kind(List<Map<String, Object>> docs, String kind) {
    return docs.stream().filter(d -> kind.equals(d.get("kind"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    assertThat(parent).containsKey(key);
    return (Map<String, Object>) parent.get(key);
  }
}
