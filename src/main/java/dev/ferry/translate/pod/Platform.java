package dev.ferry.translate.pod;

/**
 * What the target Kubernetes API server supports, detected from its version at runtime.
 *
 * @param major Kubernetes major version
 * @param minor Kubernetes minor version
 */
public record Platform(int major, int minor) {
    /** The oldest Kubernetes Ferry supports. */
    public static final Platform MINIMUM = new Platform(1, 26);
    /** What translation assumes when no server is known (CLI rendering): the newest behaviour. */
    public static final Platform LATEST = new Platform(1, 33);

    /** Native sidecar containers (init containers with restartPolicy Always): beta and on by default from 1.29. */
    public boolean nativeSidecars() {
        return atLeast(1, 29);
    }

    public boolean atLeast(int major, int minor) {
        return this.major > major || (this.major == major && this.minor >= minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
