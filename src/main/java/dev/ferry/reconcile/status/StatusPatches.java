package dev.ferry.reconcile.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;

/**
 * The one way Ferry writes a primary's status: only when it changed (a resync with nothing new writes nothing), and
 * through the primary cache, so that a reconcile triggered before the status event arrives sees this status and does
 * not act on a stale one (no duplicate creates or events).
 */
public final class StatusPatches {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatusPatches() {
    }

    /** Patches {@code next} as the status of {@code primary} unless it equals {@code previous}; true when it wrote. */
    public static <S, P extends CustomResource<?, S>> boolean patchIfChanged(P primary, Context<P> context, S previous,
            S next) {
        if (MAPPER.valueToTree(next).equals(MAPPER.valueToTree(previous))) {
            return false;
        }
        PrimaryUpdateAndCacheUtils.patchStatusAndCacheResource(primary, context, p -> {
            p.setStatus(next);
            return p;
        });
        return true;
    }
}
