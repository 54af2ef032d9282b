package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.taskdefinition.LogConfiguration;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/**
 * ECS {@code ServiceConnectConfiguration}. Ferry gives every {@code services[]} entry a Kubernetes
 * Service (named by discoveryName, ports from clientAliases) instead of a Service Connect proxy.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ServiceConnectConfiguration {
    @Required
    @JsonPropertyDescription("Turn Service Connect on for this service.")
    public Boolean enabled;

    @Size(max = 1600)
    @JsonPropertyDescription("Cloud Map namespace name or ARN (default: the Cluster's serviceConnectDefaults.namespace). Clients in the same Kubernetes namespace reach the service by its short discovery name; the Cloud Map namespace is kept as an annotation.")
    public String namespace;

    @JsonPropertyDescription("The endpoints this service publishes. Omit for a client-only service.")
    public List<ServiceConnectService> services;

    @JsonPropertyDescription("Log configuration of the Service Connect proxy container. Ferry runs no proxy: reported when set.")
    public LogConfiguration logConfiguration;

    @JsonPropertyDescription("Access logs of the Service Connect proxy. Ferry runs no proxy: reported when set.")
    public ServiceConnectAccessLogConfiguration accessLogConfiguration;

    /** ECS {@code ServiceConnectAccessLogConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ServiceConnectAccessLogConfiguration {
        public enum Format {
            TEXT,
            JSON
        }

        public enum IncludeQueryParameters {
            DISABLED,
            ENABLED
        }

        @Required
        @JsonPropertyDescription("TEXT or JSON access log lines.")
        public Format format;

        @JsonPropertyDescription("Include query parameters in the access log (default DISABLED).")
        public IncludeQueryParameters includeQueryParameters;
    }
}
