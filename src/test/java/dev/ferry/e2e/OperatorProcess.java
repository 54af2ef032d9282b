package dev.ferry.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged operator ({@code java -jar target/quarkus-app/quarkus-run.jar}) running as a child process against
 * the e2e cluster, its output in {@code target/e2e-operator.log}.
 */
public final class OperatorProcess implements AutoCloseable {
    public static final String JAR = "target/quarkus-app/quarkus-run.jar";
    public static final String LOG = "target/e2e-operator.log";

    private final Process process;
    private final Path log;
    private final int httpPort;
    private volatile String lastReadiness = "no answer yet";

    private OperatorProcess(Process process, Path log, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /** Starts the packaged operator with {@code KUBECONFIG=kubeconfig} and waits until its readiness check is UP. */
    public static OperatorProcess start(Path kubeconfig) {
        Path root = YamlDocuments.projectRoot();
        Path jar = root.resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(JAR + " is missing: the e2e suite starts the packaged operator; run `./mvnw package`"
                    + " first (`./mvnw verify` does it before the e2e tests)");
        }
        Path log = root.resolve(LOG);
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("KUBECONFIG", kubeconfig.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_LOG_CATEGORY__DEV_FERRY__LEVEL", "DEBUG");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + java + " -jar " + jar, e);
        }
        OperatorProcess operator = new OperatorProcess(process, log, port);
        Runtime.getRuntime().addShutdownHook(new Thread(operator::kill, "ferry-e2e-operator-kill"));
        try {
            E2E.await(E2E.OPERATOR_START_TIMEOUT)
                    .alias("the operator's readiness check (http://localhost:" + port + "/q/health/ready)")
                    .failFast("the operator exited", () -> !process.isAlive())
                    .until(operator::ready);
        } catch (RuntimeException | Error e) {
            String tail = operator.logTail(60);
            operator.close();
            throw new IllegalStateException("the operator did not become ready (" + e.getMessage() + "); last readiness: "
                    + operator.lastReadiness + "; exit code "
                    + (process.isAlive() ? "-" : Integer.toString(process.exitValue())) + "; last lines of " + LOG
                    + ":\n" + tail, e);
        }
        return operator;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last {@code lines} lines of the operator's output. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Stops the operator: SIGTERM (Quarkus shuts down gracefully), then SIGKILL after 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private boolean ready() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            lastReadiness = "HTTP " + response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
            return response.statusCode() == 200;
        } catch (IOException e) {
            lastReadiness = e.toString();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "operator pid " + process.pid() + " (log " + log + ")";
    }
}
