package vn.cuocthi.deploy.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kustomize overlays render with the real tool (kubectl's kustomize; bin/lib/kubectl.sh installs Debian's
 * kubernetes-client when it is missing) and every object passes a schema check: it is read into the Kubernetes
 * API's types (fabric8's model, generated from the API's OpenAPI schema) and any field those types do not know is
 * refused. Then what a schema cannot say: probes on the health groups, requests set, selectors, references and the
 * wildcard host, and that every variable the pods get is one the application reads.
 */
class KubernetesManifestsTest {

    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "v1/Namespace", Namespace.class, "v1/ConfigMap", ConfigMap.class, "v1/Secret", Secret.class,
            "v1/Service", Service.class, "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class, "batch/v1/Job", Job.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    /** YAML reads {@code cpu: 1} as a number; the API takes a quantity as number or string. */
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .registerModule(new SimpleModule().addDeserializer(Quantity.class, new JsonDeserializer<>() {
                @Override
                public Quantity deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                    return new Quantity(parser.getValueAsString());
                }
            }));

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void rendersIntoValidObjectsThatFitTogether(String kustomization) throws Exception {
        List<HasMetadata> objects = new ArrayList<>();
        for (Map<String, Object> document : DeploymentFiles.documents(render(kustomization))) {
            String type = document.get("apiVersion") + "/" + document.get("kind");
            assertThat(TYPES).as("a kind the check knows").containsKey(type);
            HasMetadata object = mapper.convertValue(document, TYPES.get(type));
            assertThat(UnknownFields.in(object)).as("fields unknown to %s %s", type, object.getMetadata().getName())
                    .isEmpty();
            objects.add(object);
        }
        Manifests manifests = new Manifests(objects);

        assertThat(manifests.deployments()).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrder("cuocthi-runtime", "cuocthi-admin");
        for (Deployment deployment : manifests.deployments()) {
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKey("memory");
            assertThat(container.getEnv()).extracting(EnvVar::getName, EnvVar::getValue)
                    .contains(org.assertj.core.groups.Tuple.tuple("CUOCTHI_ROLE",
                            deployment.getMetadata().getName().substring("cuocthi-".length())));
            assertThat(deployment.getSpec().getSelector().getMatchLabels().entrySet())
                    .isSubsetOf(deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet());
            assertThat(manifests.pdbs()).as("a disruption budget for %s", deployment.getMetadata().getName())
                    .anyMatch(pdb -> manifests.selects(pdb.getSpec().getSelector().getMatchLabels(), deployment));
        }
        HorizontalPodAutoscaler hpa = manifests.single(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("cuocthi-runtime");
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        for (Service service : manifests.all(Service.class)) {
            assertThat(manifests.deployments()).as("pods of service %s", service.getMetadata().getName())
                    .anyMatch(d -> manifests.selects(service.getSpec().getSelector(), d));
        }
        assertThat(manifests.single(Job.class).getSpec().getTemplate().getSpec().getContainers().getFirst().getArgs())
                .containsExactly("migrate");

        String domain = manifests.single(ConfigMap.class).getData().get("CUOCTHI_BASE_DOMAIN");
        Set<String> services = manifests.names(Service.class);
        Map<String, String> backends = new HashMap<>();
        for (Ingress ingress : manifests.all(Ingress.class)) {
            List<String> hosts = ingress.getSpec().getRules().stream().map(IngressRule::getHost).toList();
            assertThat(hosts).isSubsetOf(domain, "*." + domain);
            assertThat(ingress.getSpec().getTls().getFirst().getHosts()).containsExactlyInAnyOrderElementsOf(hosts);
            for (IngressRule rule : ingress.getSpec().getRules()) {
                rule.getHttp().getPaths().forEach(path -> {
                    assertThat(services).contains(path.getBackend().getService().getName());
                    backends.put(rule.getHost() + path.getPath(), path.getBackend().getService().getName());
                });
            }
        }
        assertThat(backends).containsEntry(domain + "/", "cuocthi-admin")
                .containsEntry("*." + domain + "/", "cuocthi-runtime")
                .containsEntry("*." + domain + "/admin", "cuocthi-admin")
                .containsEntry("*." + domain + "/oauth2", "cuocthi-admin");
        assertThat(manifests.all(Ingress.class)).filteredOn(i -> i.getMetadata().getName().equals("cuocthi-admin"))
                .singleElement().satisfies(admin -> assertThat(admin.getMetadata().getAnnotations())
                        .as("console sessions live in one admin pod").containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie"));

        Set<String> readable = DeploymentFiles.configurationVariables();
        Set<String> given = manifests.variables();
        assertThat(given).as("variables the application does not read (README, Configuration)")
                .isSubsetOf(readable);
        assertThat(given).containsAll(DeploymentFiles.PRODUCTION_REQUIRED);
        for (PodSpec pod : manifests.podSpecs()) {
            for (EnvFromSource from : pod.getContainers().getFirst().getEnvFrom()) {
                if (from.getConfigMapRef() != null) {
                    assertThat(manifests.names(ConfigMap.class)).contains(from.getConfigMapRef().getName());
                } else {
                    assertThat(manifests.names(Secret.class)).contains(from.getSecretRef().getName());
                }
            }
        }
    }

    /** kubectl's kustomize; its deprecation warnings (the files stay readable by kustomize 2) go to stderr. */
    private static String render(String kustomization) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("kubectl", "kustomize", "k8s/" + kustomization)
                .directory(DeploymentFiles.DEPLOY.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize k8s/%s", kustomization).isZero();
        return output;
    }

    /** The rendered objects, with the look-ups the checks need. */
    private record Manifests(List<HasMetadata> objects) {

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T single(Class<T> type) {
            assertThat(all(type)).hasSize(1);
            return all(type).getFirst();
        }

        Set<String> names(Class<? extends HasMetadata> type) {
            return Set.copyOf(all(type).stream().map(o -> o.getMetadata().getName()).toList());
        }

        List<Deployment> deployments() {
            return all(Deployment.class);
        }

        List<PodDisruptionBudget> pdbs() {
            return all(PodDisruptionBudget.class);
        }

        List<PodSpec> podSpecs() {
            return Stream.concat(deployments().stream().map(d -> d.getSpec().getTemplate().getSpec()),
                    all(Job.class).stream().map(j -> j.getSpec().getTemplate().getSpec())).toList();
        }

        boolean selects(Map<String, String> selector, Deployment deployment) {
            return deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                    .containsAll(selector.entrySet());
        }

        /** What the pods get: the ConfigMap's and Secret's keys and the containers' own variables. */
        Set<String> variables() {
            Set<String> names = new HashSet<>(single(ConfigMap.class).getData().keySet());
            Secret secret = single(Secret.class);
            names.addAll(secret.getStringData() != null ? secret.getStringData().keySet() : secret.getData().keySet());
            podSpecs().forEach(pod -> pod.getContainers().forEach(c -> c.getEnv().forEach(e -> names.add(e.getName()))));
            return names;
        }
    }
}
