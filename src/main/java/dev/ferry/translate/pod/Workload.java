package dev.ferry.translate.pod;

/** What runs the pod: decides restart behaviour and which ECS semantics apply. */
public enum Workload {
    /** A Service's task (Deployment/DaemonSet): containers restart in place, restartPolicy Always. */
    SERVICE,
    /** A standalone or scheduled task (RunTask): runs once, restartPolicy Never; Ferry stops it when an essential container exits. */
    TASK
}
