package org.odmaturity.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The packaging files (issue 14, §1) say what they must, without pulling an image: the Kubernetes manifests of
 * deploy/kubernetes, deploy/compose.yaml with its HAProxy configuration and .env.example, and
 * src/main/docker/Dockerfile.jvm. Above all, every environment variable they set is a setting the service reads
 * (a misspelt name is silently ignored at run time), and no secret sits where it should not.
 */
class DeploymentFilesTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes");
    private static final Path COMPOSE = Path.of("deploy/compose.yaml");
    private static final Path HAPROXY = Path.of("deploy/compose/haproxy.cfg");
    private static final Path ENV_EXAMPLE = Path.of("deploy/.env.example");
    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    private static final Path LAUNCHER = Path.of("deploy/od-maturity");

    /** The port the service listens on (quarkus.http.port's default, which nothing here changes). */
    private static final int HTTP_PORT = 8080;

    /** Settings whose values are secrets: only in the Secret (Kubernetes) or from deploy/.env (compose). */
    private static final Set<String> SECRET_SETTINGS = Set.of("QUARKUS_DATASOURCE_PASSWORD", "ODM_WEB_CSRF_SECRET",
            "ODM_BOOTSTRAP_ADMIN_PASSWORD", "QUARKUS_MAILER_PASSWORD");

    /** Environment variables of other programs that the files may set, and why. */
    private static final Map<String, String> OTHER_VARIABLES = Map.of(
            "KUBERNETES_NAMESPACE", "added to every Deployment by quarkus-kubernetes; the service does not read it",
            "LANG", "the image's locale (UTF-8)");

    // ------------------------------------------------------------------ Kubernetes

    @Test
    void theDeploymentRunsTwoReplicasWithTheThreeProbesOnTheServicePort() {
        Map<String, Object> deployment = kubernetes("Deployment");
        Map<String, Object> spec = map(deployment, "spec");
        assertEquals(2, spec.get("replicas"), "replicas");
        Map<String, Object> rolling = map(map(spec, "strategy"), "rollingUpdate");
        assertEquals("0", String.valueOf(rolling.get("maxUnavailable")), "a rollout never drops below 2 ready pods");

        Map<String, Object> container = container(deployment);
        assertEquals(HTTP_PORT, ((Map<?, ?>) list(container, "ports").get(0)).get("containerPort"));
        Map<String, String> probes = Map.of("startupProbe", "/q/health/started", "readinessProbe", "/q/health/ready",
                "livenessProbe", "/q/health/live");
        probes.forEach((probe, path) -> {
            Map<String, Object> get = map(map(container, probe), "httpGet");
            assertEquals(path, get.get("path"), probe);
            assertEquals(HTTP_PORT, get.get("port"), probe + " port");
        });
        // the startup probe leaves a slow start (migrations, a busy node) at least two minutes
        Map<String, Object> startup = map(container, "startupProbe");
        int startupBudget = (int) startup.get("initialDelaySeconds")
                + (int) startup.get("periodSeconds") * (int) startup.get("failureThreshold");
        assertTrue(startupBudget >= 120, "startup budget " + startupBudget + " s");
    }

    @Test
    void theResourcesFitTheMeasuredFootprintOfTheFixedHeap() {
        Map<String, Object> resources = map(container(kubernetes("Deployment")), "resources");
        long requested = mebibytes(map(resources, "requests").get("memory"));
        long limit = mebibytes(map(resources, "limits").get("memory"));
        long heap = mebibytes(configMap().get("ODM_HEAP"));
        // docs/performance.md, "Start and memory": ≈450 MB of RSS after a load run with a 256 MB heap
        assertEquals(256, heap, "the heap the measurements were made with");
        assertTrue(requested >= 450 * 1000 * 1000 / (1024 * 1024), "memory request " + requested + " Mi");
        assertTrue(limit > requested, "the limit leaves room above the request");
        assertTrue(limit >= heap * 2, "heap + metaspace + code cache + stacks fit under the limit");
        assertTrue(map(resources, "requests").containsKey("cpu") && map(resources, "limits").containsKey("cpu"));
    }

    @Test
    void podsRunAsNonRootAndTheServiceIngressAndBudgetSelectThem() {
        Map<String, Object> deployment = kubernetes("Deployment");
        Map<String, Object> podSpec = map(map(map(deployment, "spec"), "template"), "spec");
        assertEquals(Boolean.TRUE, map(podSpec, "securityContext").get("runAsNonRoot"));
        Map<String, Object> podLabels = map(map(map(map(deployment, "spec"), "template"), "metadata"), "labels");
        Map<String, Object> selector = map(map(map(deployment, "spec"), "selector"), "matchLabels");
        assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), "the Deployment selects its pods");
        assertFalse(selector.containsKey("app.kubernetes.io/version"),
                "no version in the selector: a Deployment's selector cannot change, so an upgrade would not apply");

        Map<String, Object> service = kubernetes("Service");
        assertTrue(podLabels.entrySet().containsAll(map(map(service, "spec"), "selector").entrySet()));
        Map<?, ?> servicePort = (Map<?, ?>) list(map(service, "spec"), "ports").get(0);
        assertEquals(HTTP_PORT, servicePort.get("targetPort"));

        Map<String, Object> ingress = kubernetes("Ingress");
        String backend = text(yaml(ingress, "spec", "rules", 0, "http", "paths", 0, "backend", "service", "name"));
        assertEquals(text(map(service, "metadata").get("name")), backend);
        assertFalse(list(map(ingress, "spec"), "tls").isEmpty(), "HTTPS ends at the ingress");

        Map<String, Object> budget = single(yamlDocuments(KUBERNETES.resolve("pdb.yaml")), "PodDisruptionBudget");
        assertEquals(1, map(budget, "spec").get("minAvailable"));
        assertTrue((int) map(budget, "spec").get("minAvailable") < (int) map(deployment, "spec").get("replicas"),
                "a drain may evict one pod of the two");
        Map<String, Object> budgetSelector = map(map(map(budget, "spec"), "selector"), "matchLabels");
        assertFalse(budgetSelector.isEmpty());
        assertTrue(podLabels.entrySet().containsAll(budgetSelector.entrySet()), "the budget selects the pods");
    }

    @Test
    void theSettingsComeFromTheExampleSecretAndConfigMap() {
        Map<String, Object> container = container(kubernetes("Deployment"));
        List<String> configMaps = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (Object source : list(container, "envFrom")) {
            Map<?, ?> from = (Map<?, ?>) source;
            if (from.get("configMapRef") instanceof Map<?, ?> ref) {
                configMaps.add(text(ref.get("name")));
            }
            if (from.get("secretRef") instanceof Map<?, ?> ref) {
                secrets.add(text(ref.get("name")));
            }
        }
        assertEquals(List.of(text(map(configMapResource(), "metadata").get("name"))), configMaps);
        assertEquals(List.of(text(map(secretResource(), "metadata").get("name"))), secrets);

        Map<String, Object> secret = map(secretResource(), "stringData");
        assertEquals(SECRET_SETTINGS, secret.keySet(), "the Secret holds exactly the secret settings");
        secret.forEach((key, value) -> assertEquals("CHANGE-ME", value, key + ": an example holds no real secret"));
        assertTrue(text(secret.get("ODM_WEB_CSRF_SECRET")).length() < 32,
                "the placeholder CSRF key is too short to be used: the service ignores it rather than sharing a"
                        + " published key");

        Map<String, Object> config = configMap();
        for (String key : config.keySet()) {
            assertFalse(SECRET_SETTINGS.contains(key), key + " is a secret: it belongs in the Secret");
            assertFalse(key.matches(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*"), key + " looks secret");
        }
        assertTrue(config.keySet().containsAll(Set.of("QUARKUS_DATASOURCE_JDBC_URL", "ODM_PUBLIC_BASE_URL")),
                "the settings production requires");
        assertTrue(text(config.get("ODM_PUBLIC_BASE_URL")).startsWith("https://"), "HTTPS ends at the ingress");
        assertNotEquals("false", text(config.get("ODM_WEB_SECURE_COOKIES")));
    }

    @Test
    void everyVariableOfTheManifestsIsASettingOfTheService() {
        List<String> names = new ArrayList<>();
        for (Object variable : list(container(kubernetes("Deployment")), "env")) {
            names.add(text(((Map<?, ?>) variable).get("name")));
        }
        names.addAll(configMap().keySet());
        names.addAll(map(secretResource(), "stringData").keySet());
        assertKnown("deploy/kubernetes", names);
    }

    @Test
    void theKubernetesSettingsStayInTheirBlockAtTheEndAndNeverBuildPushOrDeploy() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/application.properties"));
        int block = lines.indexOf(lines.stream().filter(line -> line.startsWith("# --- Kubernetes ---")).findFirst()
                .orElseThrow(() -> new AssertionError("no '# --- Kubernetes ---' block")));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean kubernetesSetting = line.startsWith("quarkus.kubernetes.") || line.startsWith("quarkus.container-image.");
            if (kubernetesSetting) {
                assertTrue(i > block, "outside the Kubernetes block: " + line);
            } else if (i > block && !line.isBlank() && !line.startsWith("#")) {
                fail("not a Kubernetes setting, in the Kubernetes block (keep it last): " + line);
            }
        }
        assertTrue(lines.containsAll(List.of("quarkus.kubernetes.deploy=false", "quarkus.container-image.build=false",
                "quarkus.container-image.push=false")));
        String pom = read(Path.of("pom.xml"));
        assertFalse(pom.contains("quarkus-container-image-"), "a container-image extension would build images");
    }

    // ------------------------------------------------------------------ Compose

    @Test
    void composeRunsPostgres15AndTwoInstancesOfTheImageWithTheSameSettings() {
        Map<String, Object> services = map(compose(), "services");
        Map<String, Object> postgres = map(services, "postgres");
        assertTrue(text(postgres.get("image")).matches("postgres:15(\\.[0-9]+)?(-.*)?"), "PostgreSQL 15");
        assertTrue(list(postgres, "volumes").stream().map(String::valueOf)
                .anyMatch(volume -> volume.endsWith(":/var/lib/postgresql/data")), "the data lives in a volume");
        assertTrue(list(map(postgres, "healthcheck"), "test").toString().contains("pg_isready"));

        List<String> instances = instances();
        assertEquals(List.of("app1", "app2"), instances);
        Map<String, Object> first = map(services, "app1");
        assertEquals(DOCKERFILE.toString(), text(map(first, "build").get("dockerfile")));
        assertEquals(Path.of("deploy").resolve(text(map(first, "build").get("context"))).normalize(), Path.of(""),
                "the build context is the repository, as the Dockerfile's COPY lines expect");
        Map<String, Object> environment = map(first, "environment");
        for (String instance : instances) {
            Map<String, Object> service = map(services, instance);
            assertEquals(first.get("image"), service.get("image"), instance + " runs the same image");
            assertEquals(environment, map(service, "environment"), instance + " gets the same settings");
            assertEquals("service_healthy", text(map(map(service, "depends_on"), "postgres").get("condition")),
                    instance + " starts once PostgreSQL answers");
        }
        // a form served by one instance is posted to the other: one CSRF key, required, shared
        assertTrue(text(environment.get("ODM_WEB_CSRF_SECRET")).matches("\\$\\{ODM_WEB_CSRF_SECRET:\\?.*}"));
        assertTrue(environment.containsKey("ODM_PUBLIC_BASE_URL"));
        assertTrue(environment.containsKey("QUARKUS_DATASOURCE_JDBC_URL"));
        for (String secret : SECRET_SETTINGS) {
            Object value = environment.get(secret);
            assertTrue(value == null || text(value).startsWith("${"), secret + " comes from deploy/.env, not the file");
        }
    }

    @Test
    void theProxyBalancesRoundRobinOverReadyInstancesAndIsTheOnlyTrustedForwarder() {
        Map<String, Object> services = map(compose(), "services");
        Map<String, Object> proxy = map(services, "proxy");
        assertEquals(Set.copyOf(instances()), map(proxy, "depends_on").keySet());
        assertTrue(list(proxy, "volumes").stream().map(String::valueOf)
                .anyMatch(volume -> volume.startsWith("./compose/haproxy.cfg:")), "mounts " + HAPROXY);

        // the directives, without the comments that explain them
        String haproxy = read(HAPROXY).lines().filter(line -> !line.strip().startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertTrue(haproxy.matches("(?s).*\\n\\s*balance roundrobin\\n.*"), "round robin");
        assertTrue(haproxy.matches("(?s).*http-check send meth GET uri /q/health/ready\\n.*"), "checks readiness");
        for (String instance : instances()) {
            assertTrue(haproxy.matches("(?s).*\\n\\s*server " + instance + " " + instance + ":" + HTTP_PORT + "\\n.*"),
                    "balances over " + instance);
        }
        int dropped = haproxy.indexOf("http-request del-header X-Forwarded-For");
        int added = haproxy.indexOf("option forwardfor");
        assertTrue(dropped > 0 && added > dropped, "the client's own X-Forwarded-For is dropped, then the proxy's added");
        for (Matcher variable = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(haproxy); variable.find();) {
            assertTrue(map(proxy, "environment").containsKey(variable.group(1)), "the proxy gets " + variable.group(1));
        }

        String proxyAddress = text(map(map(proxy, "networks"), "backend").get("ipv4_address"));
        Map<String, Object> environment = map(map(services, "app1"), "environment");
        assertEquals("true", text(environment.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING")));
        assertEquals(proxyAddress, text(environment.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES")),
                "the instances believe X-Forwarded-For from the proxy only");
        String subnet = text(yaml(compose(), "networks", "backend", "ipam", "config", 0, "subnet"));
        String network = subnet.substring(0, subnet.lastIndexOf('.') + 1);
        assertTrue(subnet.endsWith(".0/24") && proxyAddress.startsWith(network), proxyAddress + " in " + subnet);
    }

    @Test
    void everyVariableOfComposeIsASettingAndEveryInterpolatedOneIsInTheExampleEnvFile() {
        Map<String, Object> services = map(compose(), "services");
        List<String> names = new ArrayList<>();
        for (String instance : instances()) {
            names.addAll(map(map(services, instance), "environment").keySet());
        }
        assertKnown("deploy/compose.yaml", names);

        Set<String> interpolated = new TreeSet<>();
        for (Matcher variable = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)").matcher(read(COMPOSE)); variable.find();) {
            interpolated.add(variable.group(1));
        }
        Set<String> listed = read(ENV_EXAMPLE).lines().filter(line -> line.matches("[A-Z_][A-Z0-9_]*=.*"))
                .map(line -> line.substring(0, line.indexOf('='))).collect(Collectors.toCollection(TreeSet::new));
        Set<String> unlisted = new TreeSet<>(interpolated);
        unlisted.removeAll(listed);
        assertEquals(Set.of(), unlisted, "variables compose.yaml reads that .env.example does not show");
        Set<String> unused = new TreeSet<>(listed);
        unused.removeAll(interpolated);
        unused.remove("COMPOSE_PROJECT_NAME"); // read by compose itself
        assertEquals(Set.of(), unused, "variables .env.example shows that compose.yaml does not read");
        for (String secret : SECRET_SETTINGS) {
            read(ENV_EXAMPLE).lines().filter(line -> line.startsWith(secret + "="))
                    .forEach(line -> assertEquals(secret + "=", line, "no secret value in the example"));
        }
        assertTrue(read(ENV_EXAMPLE).lines().anyMatch(line -> line.equals("POSTGRES_PASSWORD=")));
        assertTrue(read(Path.of(".gitignore")).lines().anyMatch(line -> line.equals("deploy/.env")),
                "the filled-in deploy/.env is never committed");
    }

    // ------------------------------------------------------------------ Dockerfile

    @Test
    void theImageRunsTheFastJarAsAnUnprivilegedUserWithTheQuestionnaires() {
        List<String[]> instructions = dockerInstructions();
        String from = argumentsOf(instructions, "FROM").get(0);
        assertTrue(from.matches(".*(openjdk-17|temurin:17|jdk17|jre17|17-jre).*"), "a Java 17 runtime: " + from);

        List<String> users = argumentsOf(instructions, "USER");
        assertFalse(users.isEmpty(), "a USER instruction");
        String user = users.get(users.size() - 1).split(":")[0];
        assertTrue(user.matches("[0-9]+"), "a numeric user, which runAsNonRoot can verify: " + user);
        assertNotEquals("0", user, "not root");

        List<String> copies = argumentsOf(instructions, "COPY");
        for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/quarkus-run.jar",
                "target/quarkus-app/app/", "target/quarkus-app/quarkus/")) {
            assertTrue(copies.stream().anyMatch(copy -> copy.contains(part + " ")), "copies " + part);
        }
        String questionnaires = copies.stream().filter(copy -> copy.contains(" questionnaires/ ")).findFirst()
                .map(copy -> copy.substring(copy.lastIndexOf(' ') + 1))
                .orElseThrow(() -> new AssertionError("the image copies the questionnaires"));
        Map<String, String> environment = dockerEnvironment(instructions);
        String workdir = argumentsOf(instructions, "WORKDIR").get(argumentsOf(instructions, "WORKDIR").size() - 1);
        String dir = environment.getOrDefault("ODM_QUESTIONNAIRES_DIR", "questionnaires");
        String resolved = dir.startsWith("/") ? dir : workdir + "/" + dir;
        assertEquals(strip(questionnaires), strip(resolved), "the service reads the questionnaires the image holds");

        assertEquals(List.of(String.valueOf(HTTP_PORT)), argumentsOf(instructions, "EXPOSE"));
        String entrypoint = argumentsOf(instructions, "ENTRYPOINT").get(0);
        String launcher = copies.stream().filter(copy -> copy.contains(LAUNCHER + " ")).findFirst()
                .map(copy -> copy.substring(copy.lastIndexOf(' ') + 1))
                .orElseThrow(() -> new AssertionError("the image holds deploy/od-maturity, whose flags it runs"));
        assertEquals("[\"" + launcher + "\"]", entrypoint, "started by the launcher, exec form");
        assertTrue(Files.isExecutable(LAUNCHER));
        assertTrue(environment.get("ODM_APP_DIR").endsWith("/quarkus-app"), "the launcher finds the application");
        assertKnown(DOCKERFILE.toString(), List.copyOf(environment.keySet()));
    }

    @Test
    void theBuildContextKeepsWhatTheImageCopies() {
        List<String> rules = read(Path.of(".dockerignore")).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertEquals("*", rules.get(0), "everything is left out unless listed");
        for (String copy : argumentsOf(dockerInstructions(), "COPY")) {
            String[] words = copy.split("\\s+");
            String source = words[words.length - 2];
            assertTrue(rules.stream().filter(rule -> rule.startsWith("!"))
                    .anyMatch(rule -> source.startsWith(strip(rule.substring(1)))), source + " reaches the build");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Fails listing every name that is neither a setting of the service nor a variable of its launcher. */
    private static void assertKnown(String where, List<String> names) {
        Map<String, String> settings = ApplicationSettings.byEnvironmentName();
        assertTrue(settings.containsKey("ODM_PUBLIC_BASE_URL") && settings.containsKey("ODM_AUTH_THROTTLE_WINDOW")
                && settings.containsKey("ODM_MAIL_RATE_PER_MINUTE"), "the scan finds the service's settings");
        Set<String> launcher = launcherVariables();
        List<String> unknown = names.stream()
                .filter(name -> !settings.containsKey(name) && !launcher.contains(name)
                        && !OTHER_VARIABLES.containsKey(name))
                .distinct().toList();
        assertEquals(List.of(), unknown, where + ": variables the service does not read (misspelt? "
                + "known settings: docs/operations.md)");
    }

    /** The variables deploy/od-maturity reads ({@code ${NAME}}, {@code ${NAME:-…}}). */
    private static Set<String> launcherVariables() {
        Set<String> variables = new TreeSet<>();
        for (Matcher m = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)").matcher(read(LAUNCHER)); m.find();) {
            variables.add(m.group(1));
        }
        assertTrue(variables.contains("ODM_HEAP"), "the launcher's heap variable");
        return variables;
    }

    private static List<String> instances() {
        return map(compose(), "services").entrySet().stream()
                .filter(service -> service.getValue() instanceof Map<?, ?> s && String.valueOf(s.get("image"))
                        .startsWith("od-maturity:"))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static Map<String, Object> compose() {
        return single(yamlDocuments(COMPOSE), null);
    }

    private static Map<String, Object> kubernetes(String kind) {
        return single(yamlDocuments(KUBERNETES.resolve("kubernetes.yml")), kind);
    }

    private static Map<String, Object> configMapResource() {
        return single(yamlDocuments(KUBERNETES.resolve("configmap.example.yaml")), "ConfigMap");
    }

    private static Map<String, Object> configMap() {
        return map(configMapResource(), "data");
    }

    private static Map<String, Object> secretResource() {
        return single(yamlDocuments(KUBERNETES.resolve("secret.example.yaml")), "Secret");
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = list(map(map(map(deployment, "spec"), "template"), "spec"), "containers");
        assertEquals(1, containers.size(), "one container");
        @SuppressWarnings("unchecked")
        Map<String, Object> container = (Map<String, Object>) containers.get(0);
        return container;
    }

    static List<Object> yamlDocuments(Path file) {
        List<Object> documents = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(read(file)).forEach(document -> {
            if (document != null) {
                documents.add(document);
            }
        });
        return documents;
    }

    /** The one document of that kind (any kind: null). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> single(List<Object> documents, String kind) {
        List<Object> matching = documents.stream()
                .filter(document -> kind == null || kind.equals(((Map<?, ?>) document).get("kind"))).toList();
        assertEquals(1, matching.size(), "one " + (kind == null ? "document" : kind));
        return (Map<String, Object>) matching.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("no mapping '" + key + "' in " + parent.keySet());
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof List<?>)) {
            throw new AssertionError("no list '" + key + "' in " + parent.keySet());
        }
        return (List<Object>) value;
    }

    /** Follows a path of keys and list indexes. */
    private static Object yaml(Object node, Object... path) {
        for (Object step : path) {
            node = step instanceof Integer index ? ((List<?>) node).get(index) : ((Map<?, ?>) node).get(step);
            if (node == null) {
                throw new AssertionError("nothing at " + List.of(path));
            }
        }
        return node;
    }

    private static String text(Object value) {
        return String.valueOf(value);
    }

    /** "512Mi", "768Mi", "1Gi", "256m" (a JVM size) in MiB. */
    private static long mebibytes(Object quantity) {
        Matcher m = Pattern.compile("([0-9]+)(Mi|Gi|m|g)").matcher(text(quantity));
        assertTrue(m.matches(), "a memory quantity: " + quantity);
        long amount = Long.parseLong(m.group(1));
        return m.group(2).startsWith("G") || m.group(2).equals("g") ? amount * 1024 : amount;
    }

    /** The Dockerfile's instructions (continuation lines joined, comments left out): {keyword, arguments}. */
    private static List<String[]> dockerInstructions() {
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read(DOCKERFILE).lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || (stripped.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            current.append(stripped);
            String instruction = current.toString().strip();
            current.setLength(0);
            int space = instruction.indexOf(' ');
            instructions.add(new String[] {instruction.substring(0, space), instruction.substring(space + 1).strip()});
        }
        return instructions;
    }

    private static List<String> argumentsOf(List<String[]> instructions, String keyword) {
        return instructions.stream().filter(instruction -> instruction[0].equals(keyword))
                .map(instruction -> instruction[1]).toList();
    }

    /** ENV instructions of the form NAME=value [NAME=value …] (values without spaces). */
    private static Map<String, String> dockerEnvironment(List<String[]> instructions) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String arguments : argumentsOf(instructions, "ENV")) {
            for (String pair : arguments.split("\\s+")) {
                int equals = pair.indexOf('=');
                assertTrue(equals > 0, "ENV NAME=value: " + pair);
                environment.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return environment;
    }

    private static String strip(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
