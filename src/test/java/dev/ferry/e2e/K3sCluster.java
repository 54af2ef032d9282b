package dev.ferry.e2e;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;

/** A throw-away k3s cluster in Docker (Testcontainers), its kubeconfig written to a temporary file. */
final class K3sCluster implements AutoCloseable {
    /** The default image: a Kubernetes release Ferry supports (Ferry needs 1.26 or later). */
    static final String DEFAULT_IMAGE = "rancher/k3s:v1.31.4-k3s1";

    private final K3sContainer container;
    private final Path kubeconfig;
    private final String image;

    private K3sCluster(K3sContainer container, Path kubeconfig, String image) {
        this.container = container;
        this.kubeconfig = kubeconfig;
        this.image = image;
    }

    /** The image to run: {@code FERRY_E2E_K3S_IMAGE}, else {@link #DEFAULT_IMAGE}. */
    static String image() {
        String image = System.getenv("FERRY_E2E_K3S_IMAGE");
        return image == null || image.isBlank() ? DEFAULT_IMAGE : image.strip();
    }

    static K3sCluster start() throws IOException {
        String image = image();
        K3sContainer container = new K3sContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("rancher/k3s"))
                .withStartupTimeout(E2E.K3S_START_TIMEOUT);
        container.start();
        try {
            Path kubeconfig = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile("ferry-e2e-", ".kubeconfig",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile("ferry-e2e-", ".kubeconfig");
            kubeconfig.toFile().deleteOnExit();
            Files.writeString(kubeconfig, container.getKubeConfigYaml());
            return new K3sCluster(container, kubeconfig, image);
        } catch (IOException | RuntimeException e) {
            container.stop();
            throw e;
        }
    }

    Path kubeconfig() {
        return kubeconfig;
    }

    String imageName() {
        return image;
    }

    @Override
    public void close() throws IOException {
        try {
            container.stop();
        } finally {
            Files.deleteIfExists(kubeconfig);
        }
    }
}
