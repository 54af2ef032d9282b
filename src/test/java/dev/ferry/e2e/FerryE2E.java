package dev.ferry.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an end-to-end test class: it runs against a real Kubernetes API server with Ferry's CRDs installed
 * and gets a fresh namespace of its own. Without a cluster every test of the class is reported as skipped.
 *
 * <p>Test methods (and {@code @BeforeAll} methods) can declare parameters of type {@link E2ECluster},
 * {@link E2ENamespace} and {@link io.fabric8.kubernetes.client.KubernetesClient}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("e2e")
@ExtendWith(FerryE2EExtension.class)
public @interface FerryE2E {
    /** Whether the tests need the operator running (the packaged jar, started once for the whole run). */
    boolean operator() default false;
}
