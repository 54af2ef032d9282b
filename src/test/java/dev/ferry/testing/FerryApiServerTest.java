package dev.ferry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.javaoperatorsdk.operator.api.config.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.SSABasedGenericKubernetesResourceMatcher;

class FerryApiServerTest {

    private static final String MANAGER = "ferry-test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ResourceDefinitionContext WIDGETS = new ResourceDefinitionContext.Builder()
            .withGroup("test.ferry.dev").withVersion("v1").withKind("Widget").withPlural("widgets").withNamespaced(true)
            .build();

    private static FerryApiServer server;
    private static KubernetesClient client;

    @BeforeAll
    static void startServer() {
        server = FerryApiServer.start();
        client = server.client();
        client.resource(new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName("widgets.test.ferry.dev").endMetadata()
                .withNewSpec().withGroup("test.ferry.dev").withScope("Namespaced")
                .withNewNames().withKind("Widget").withPlural("widgets").withSingular("widget").endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true)
                .withNewSubresources().withNewStatus().endStatus().endSubresources()
                .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema().endSchema()
                .endVersion().endSpec().build())
                .fieldManager(MANAGER).serverSideApply();
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Test
    void applyCreatesAnAbsentObjectInTheNamespaceOfTheUrl() {
        ConfigMap created = client.configMaps().inNamespace("apply-create")
                .resource(configMap("settings", Map.of("a", "1"))).fieldManager(MANAGER).serverSideApply();

        ConfigMap stored = client.configMaps().inNamespace("apply-create").withName("settings").get();
        assertThat(stored.getData()).containsExactlyEntriesOf(Map.of("a", "1"));
        assertThat(stored.getMetadata().getNamespace()).isEqualTo("apply-create");
        assertThat(stored.getMetadata().getUid()).isNotBlank();
        assertThat(stored.getMetadata().getCreationTimestamp()).isNotBlank();
        assertThat(stored.getMetadata().getGeneration()).isEqualTo(1L);
        assertThat(stored.getMetadata().getResourceVersion()).isEqualTo(created.getMetadata().getResourceVersion());
    }

    @Test
    void applyMergesMapsIntoTheStoredObjectAndReplacesLists() {
        client.configMaps().inNamespace("apply-merge").resource(new ConfigMapBuilder(configMap("cm", Map.of("a", "1")))
                .editMetadata().addToLabels("owner", "someone-else").endMetadata().build()).create();
        client.apps().deployments().inNamespace("apply-merge").resource(deployment("web", "nginx:1", List.of("-x", "-y")))
                .fieldManager(MANAGER).serverSideApply();

        client.configMaps().inNamespace("apply-merge").resource(new ConfigMapBuilder(configMap("cm", Map.of("b", "2")))
                .editMetadata().addToLabels("team", "ferry").endMetadata().build())
                .fieldManager(MANAGER).serverSideApply();
        client.apps().deployments().inNamespace("apply-merge").resource(deployment("web", "nginx:1", List.of("-z")))
                .fieldManager(MANAGER).serverSideApply();

        ConfigMap cm = client.configMaps().inNamespace("apply-merge").withName("cm").get();
        assertThat(cm.getData()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));
        assertThat(cm.getMetadata().getLabels()).containsExactlyInAnyOrderEntriesOf(
                Map.of("owner", "someone-else", "team", "ferry"));
        Deployment web = client.apps().deployments().inNamespace("apply-merge").withName("web").get();
        assertThat(web.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs()).containsExactly("-z");
    }

    @Test
    void applyRemovesFieldsTheManagerStoppedApplyingButKeepsOthers() {
        client.configMaps().inNamespace("apply-drop").resource(configMap("cm", Map.of("a", "1", "b", "2")))
                .fieldManager(MANAGER).serverSideApply();
        client.configMaps().inNamespace("apply-drop").resource(configMap("cm", Map.of("b", "2", "c", "3")))
                .fieldManager("someone-else").serverSideApply();

        client.configMaps().inNamespace("apply-drop").resource(configMap("cm", Map.of()))
                .fieldManager(MANAGER).serverSideApply();

        assertThat(client.configMaps().inNamespace("apply-drop").withName("cm").get().getData())
                .containsExactlyInAnyOrderEntriesOf(Map.of("b", "2", "c", "3"));
    }

    @Test
    void applyWithNoChangeKeepsTheResourceVersionAndBumpsGenerationOnlyForSpecChanges() {
        var deployments = client.apps().deployments().inNamespace("apply-versions");
        Deployment first = deployments.resource(deployment("web", "nginx:1", List.of())).fieldManager(MANAGER)
                .serverSideApply();
        int writesBefore = server.writes().size();

        Deployment same = deployments.resource(deployment("web", "nginx:1", List.of())).fieldManager(MANAGER)
                .serverSideApply();
        Deployment relabelled = deployments.resource(new DeploymentBuilder(deployment("web", "nginx:1", List.of()))
                .editMetadata().addToLabels("extra", "yes").endMetadata().build()).fieldManager(MANAGER).serverSideApply();
        Deployment changed = deployments.resource(deployment("web", "nginx:2", List.of())).fieldManager(MANAGER)
                .serverSideApply();

        assertThat(server.writes()).hasSize(writesBefore + 3)
                .last().extracting(FerryApiServer.Write::contentType).asString().startsWith("application/apply-patch+yaml");
        assertThat(same.getMetadata().getResourceVersion()).isEqualTo(first.getMetadata().getResourceVersion());
        assertThat(relabelled.getMetadata().getResourceVersion()).isNotEqualTo(first.getMetadata().getResourceVersion());
        assertThat(relabelled.getMetadata().getGeneration()).isEqualTo(1L);
        assertThat(changed.getMetadata().getGeneration()).isEqualTo(2L);
        assertThat(changed.getMetadata().getLabels()).doesNotContainKey("extra");
    }

    @Test
    void aResourceVersionInTheAppliedObjectIsIgnoredOnCreateAndAPreconditionOnUpdate() {
        var configMaps = client.configMaps().inNamespace("apply-precondition");
        ConfigMap withVersion = new ConfigMapBuilder(configMap("cm", Map.of("a", "1")))
                .editMetadata().withResourceVersion("1").endMetadata().build();

        ConfigMap created = configMaps.resource(withVersion).fieldManager(MANAGER).serverSideApply();

        assertThat(created.getData()).containsEntry("a", "1");
        assertThatThrownBy(() -> configMaps.resource(new ConfigMapBuilder(withVersion).editMetadata()
                .withResourceVersion("999999").endMetadata().build()).fieldManager(MANAGER).serverSideApply())
                .isInstanceOf(KubernetesClientException.class)
                .extracting(e -> ((KubernetesClientException) e).getCode()).isEqualTo(409);
    }

    @Test
    void statusApplyChangesOnlyStatusAndMainApplyKeepsStatus() {
        var widgets = client.genericKubernetesResources(WIDGETS).inNamespace("status");
        GenericKubernetesResource created = widgets.resource(widget("w", "small", null)).fieldManager(MANAGER)
                .serverSideApply();

        GenericKubernetesResource afterStatus = applyStatus(widgets.resource(widget("w", "IGNORED", "Ready")), MANAGER);
        GenericKubernetesResource afterSpec = widgets.resource(widget("w", "large", "IGNORED")).fieldManager(MANAGER)
                .serverSideApply();

        assertThat(created.get("status") == null).isTrue();
        assertThat((Object) afterStatus.get("spec", "size")).isEqualTo("small");
        assertThat((Object) afterStatus.get("status", "phase")).isEqualTo("Ready");
        assertThat(afterStatus.getMetadata().getGeneration()).isEqualTo(1L);
        assertThat(afterStatus.getMetadata().getResourceVersion()).isNotEqualTo(created.getMetadata().getResourceVersion());
        assertThat((Object) afterSpec.get("spec", "size")).isEqualTo("large");
        assertThat((Object) afterSpec.get("status", "phase")).isEqualTo("Ready");
        assertThat(afterSpec.getMetadata().getGeneration()).isEqualTo(2L);
    }

    @Test
    void createReplaceAndPatchOfAnInstalledCrdKeepStatusSubresourceSemantics() {
        var widgets = client.genericKubernetesResources(WIDGETS).inNamespace("crud-status");
        GenericKubernetesResource created = widgets.resource(widget("w", "small", "IGNORED")).create();

        GenericKubernetesResource statusEdited = widgets.withName("w").editStatus(w -> {
            w.setAdditionalProperty("status", Map.of("phase", "Ready"));
            w.setAdditionalProperty("spec", Map.of("size", "IGNORED"));
            return w;
        });
        GenericKubernetesResource specEdited = widgets.withName("w").edit(w -> {
            w.setAdditionalProperty("status", Map.of("phase", "IGNORED"));
            w.setAdditionalProperty("spec", Map.of("size", "large"));
            return w;
        });

        assertThat(created.get("status") == null).isTrue();
        assertThat((Object) statusEdited.get("spec", "size")).isEqualTo("small");
        assertThat((Object) statusEdited.get("status", "phase")).isEqualTo("Ready");
        assertThat((Object) specEdited.get("spec", "size")).isEqualTo("large");
        assertThat((Object) specEdited.get("status", "phase")).isEqualTo("Ready");
        assertThat(specEdited.getMetadata().getGeneration()).isEqualTo(2L);
    }

    @Test
    void statusApplyToAMissingObjectIsNotFound() {
        var widgets = client.genericKubernetesResources(WIDGETS).inNamespace("status-missing");

        assertThatThrownBy(() -> applyStatus(widgets.resource(widget("nope", "small", "Ready")), MANAGER))
                .isInstanceOf(KubernetesClientException.class)
                .extracting(e -> ((KubernetesClientException) e).getCode()).isEqualTo(404);
    }

    @Test
    void managedFieldsRecordWhatEachManagerApplied() throws Exception {
        var widgets = client.genericKubernetesResources(WIDGETS).inNamespace("managed-fields");
        widgets.resource(widget("w", "small", "IGNORED")).fieldManager(MANAGER).serverSideApply();
        applyStatus(widgets.resource(widget("w", "small", "Ready")), "status-writer");
        client.apps().deployments().inNamespace("managed-fields").resource(deployment("web", "nginx:1", List.of("-x")))
                .fieldManager(MANAGER).serverSideApply();

        List<ManagedFieldsEntry> widgetFields = widgets.withName("w").get().getMetadata().getManagedFields();
        List<ManagedFieldsEntry> deploymentFields = client.apps().deployments().inNamespace("managed-fields")
                .withName("web").get().getMetadata().getManagedFields();

        assertThat(widgetFields).extracting(ManagedFieldsEntry::getManager, ManagedFieldsEntry::getOperation,
                ManagedFieldsEntry::getApiVersion, ManagedFieldsEntry::getFieldsType, ManagedFieldsEntry::getSubresource)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MANAGER, "Apply", "test.ferry.dev/v1", "FieldsV1", null),
                        org.assertj.core.groups.Tuple.tuple("status-writer", "Apply", "test.ferry.dev/v1", "FieldsV1",
                                "status"));
        assertThat(fieldsV1(widgetFields.get(0))).isEqualTo(JSON.readTree("{\"f:spec\":{\"f:size\":{}}}"));
        assertThat(fieldsV1(widgetFields.get(1))).isEqualTo(JSON.readTree("{\"f:status\":{\"f:phase\":{}}}"));
        assertThat(fieldsV1(deploymentFields.get(0))).isEqualTo(JSON.readTree("""
                {"f:metadata":{"f:labels":{"f:app":{}},
                   "f:ownerReferences":{"k:{\\"uid\\":\\"0f4c7a8e-0000-4000-8000-000000000001\\"}":{
                     "f:apiVersion":{},"f:blockOwnerDeletion":{},"f:controller":{},"f:kind":{},"f:name":{},"f:uid":{}}}},
                 "f:spec":{"f:replicas":{},"f:selector":{"f:matchLabels":{"f:app":{}}},
                   "f:template":{"f:metadata":{"f:labels":{"f:app":{}}},
                     "f:spec":{"f:containers":{"k:{\\"name\\":\\"app\\"}":{
                       "f:args":{},"f:env":{"k:{\\"name\\":\\"FROM_SECRET\\"}":{"f:name":{},
                         "f:valueFrom":{"f:secretKeyRef":{"f:key":{},"f:name":{}}}},
                         "k:{\\"name\\":\\"GREETING\\"}":{"f:name":{},"f:value":{}}},
                       "f:image":{},"f:name":{},
                       "f:ports":{"k:{\\"containerPort\\":8080,\\"protocol\\":\\"TCP\\"}":{"f:containerPort":{},"f:protocol":{}}},
                       "f:resources":{"f:requests":{"f:cpu":{},"f:memory":{}}},
                       "f:volumeMounts":{"k:{\\"mountPath\\":\\"/data\\"}":{"f:mountPath":{},"f:name":{}}}}},
                       "f:volumes":{"k:{\\"name\\":\\"data\\"}":{"f:emptyDir":{},"f:name":{}}}}}}}
                """));
    }

    @Test
    void informersSeeApplyCreateChangeAndDeleteButNoEventForANoOpApply() {
        var configMaps = client.configMaps().inNamespace("watch");
        List<String> events = new CopyOnWriteArrayList<>();
        try (SharedIndexInformer<ConfigMap> informer = configMaps.inform(new ResourceEventHandler<>() {
            @Override
            public void onAdd(ConfigMap cm) {
                events.add("ADDED " + cm.getData());
            }

            @Override
            public void onUpdate(ConfigMap before, ConfigMap after) {
                events.add("MODIFIED " + after.getData());
            }

            @Override
            public void onDelete(ConfigMap cm, boolean unknownFinalState) {
                events.add("DELETED");
            }
        })) {
            configMaps.resource(configMap("cm", Map.of("a", "1"))).fieldManager(MANAGER).serverSideApply();
            await().atMost(Duration.ofSeconds(10)).until(() -> events.size() == 1);
            configMaps.resource(configMap("cm", Map.of("a", "1"))).fieldManager(MANAGER).serverSideApply();
            configMaps.resource(configMap("cm", Map.of("a", "2"))).fieldManager(MANAGER).serverSideApply();
            configMaps.withName("cm").delete();

            await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("DELETED"));
            assertThat(events).containsExactly("ADDED {a=1}", "MODIFIED {a=2}", "DELETED");
        }
    }

    @Test
    void josdkMatcherFindsAnUnchangedAppliedDeploymentMatching() {
        var deployments = client.apps().deployments().inNamespace("matcher-same");
        deployments.resource(deployment("web", "nginx:1", List.of("-x"))).fieldManager(MANAGER).forceConflicts()
                .serverSideApply();

        Deployment actual = deployments.withName("web").get();

        assertThat(matcher().matches(actual, deployment("web", "nginx:1", List.of("-x")), context())).isTrue();
    }

    @Test
    void josdkMatcherReportsAChangedDesiredDeploymentAsNotMatching() {
        var deployments = client.apps().deployments().inNamespace("matcher-changed");
        deployments.resource(deployment("web", "nginx:1", List.of("-x"))).fieldManager(MANAGER).forceConflicts()
                .serverSideApply();
        Deployment actual = deployments.withName("web").get();

        Deployment newImage = deployment("web", "nginx:2", List.of("-x"));
        Deployment newArgs = deployment("web", "nginx:1", List.of("-x", "-y"));
        Deployment newLabel = new DeploymentBuilder(deployment("web", "nginx:1", List.of("-x")))
                .editMetadata().addToLabels("tier", "frontend").endMetadata().build();
        Deployment lessEnv = new DeploymentBuilder(deployment("web", "nginx:1", List.of("-x")))
                .editSpec().editTemplate().editSpec().editFirstContainer().removeMatchingFromEnv(e -> e.getName().equals("GREETING"))
                .endContainer().endSpec().endTemplate().endSpec().build();

        assertThat(matcher().matches(actual, newImage, context())).isFalse();
        assertThat(matcher().matches(actual, newArgs, context())).isFalse();
        assertThat(matcher().matches(actual, newLabel, context())).isFalse();
        assertThat(matcher().matches(actual, lessEnv, context())).isFalse();
    }

    @Test
    void josdkMatcherFindsADeploymentMatchingAgainAfterTheChangeWasApplied() {
        var deployments = client.apps().deployments().inNamespace("matcher-reapplied");
        deployments.resource(deployment("web", "nginx:1", List.of("-x"))).fieldManager(MANAGER).serverSideApply();
        deployments.resource(deployment("web", "nginx:2", List.of())).fieldManager(MANAGER).serverSideApply();

        Deployment actual = deployments.withName("web").get();

        assertThat(matcher().matches(actual, deployment("web", "nginx:2", List.of()), context())).isTrue();
        assertThat(matcher().matches(actual, deployment("web", "nginx:1", List.of("-x")), context())).isFalse();
    }

    /** A status apply as JOSDK sends it for a primary resource. */
    private static GenericKubernetesResource applyStatus(Resource<GenericKubernetesResource> resource, String manager) {
        return resource.subresource("status").patch(new PatchContext.Builder().withFieldManager(manager).withForce(true)
                .withPatchType(PatchType.SERVER_SIDE_APPLY).build());
    }

    private static JsonNode fieldsV1(ManagedFieldsEntry entry) {
        return JSON.valueToTree(entry.getFieldsV1().getAdditionalProperties());
    }

    private static ConfigMap configMap(String name, Map<String, String> data) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().withData(data).build();
    }

    private static GenericKubernetesResource widget(String name, String size, String phase) {
        GenericKubernetesResourceBuilder widget = new GenericKubernetesResourceBuilder()
                .withApiVersion("test.ferry.dev/v1").withKind("Widget")
                .withNewMetadata().withName(name).endMetadata()
                .addToAdditionalProperties("spec", Map.of("size", size));
        if (phase != null) {
            widget.addToAdditionalProperties("status", Map.of("phase", phase));
        }
        return widget.build();
    }

    /** A Deployment shaped like Ferry's: owner reference and keyed lists (containers, env, ports, volumes...). */
    private static Deployment deployment(String name, String image, List<String> args) {
        return new DeploymentBuilder()
                .withNewMetadata().withName(name).addToLabels("app", name)
                .addNewOwnerReference().withApiVersion("ecs.ferry.dev/v1alpha1").withKind("Service").withName(name)
                .withUid("0f4c7a8e-0000-4000-8000-000000000001").withController(true).withBlockOwnerDeletion(true)
                .endOwnerReference().endMetadata()
                .withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec()
                .addNewContainer().withName("app").withImage(image).withArgs(args)
                .addNewEnv().withName("GREETING").withValue("hello").endEnv()
                .addNewEnv().withName("FROM_SECRET").withNewValueFrom().withNewSecretKeyRef("token", "creds", null)
                .endValueFrom().endEnv()
                .addNewPort().withContainerPort(8080).withProtocol("TCP").endPort()
                .withNewResources().addToRequests("cpu", new Quantity("500m")).addToRequests("memory", new Quantity("1Gi"))
                .endResources()
                .addNewVolumeMount().withName("data").withMountPath("/data").endVolumeMount()
                .endContainer()
                .addNewVolume().withName("data").withNewEmptyDir().endEmptyDir().endVolume()
                .endSpec().endTemplate().endSpec().build();
    }

    private static SSABasedGenericKubernetesResourceMatcher<Deployment> matcher() {
        return SSABasedGenericKubernetesResourceMatcher.getInstance();
    }

    /** The two things the matcher asks its Context for: the field manager and the client's serialization. */
    @SuppressWarnings("unchecked")
    private static Context<Deployment> context() {
        ControllerConfiguration<Deployment> configuration = (ControllerConfiguration<Deployment>) Proxy.newProxyInstance(
                FerryApiServerTest.class.getClassLoader(), new Class<?>[] { ControllerConfiguration.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "fieldManager" -> MANAGER;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (Context<Deployment>) Proxy.newProxyInstance(FerryApiServerTest.class.getClassLoader(),
                new Class<?>[] { Context.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getControllerConfiguration" -> configuration;
                    case "getClient" -> client;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
