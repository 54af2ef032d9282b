package dev.ferry.translate.capacity;

import dev.ferry.api.v1alpha1.common.CapacityProviderStrategyItem;
import dev.ferry.translate.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * How ECS spreads tasks over a capacity provider strategy: the first {@code base} tasks go to the provider that sets
 * a base, the rest are split by weight. Ferry assigns task by task, each time to the provider furthest below its
 * weighted share (largest remainder), ties broken by strategy order, so the split is deterministic and stays within
 * one task of the exact proportions at every count.
 */
public final class StrategySplit {
    private StrategySplit() {
    }

    /** The provider of each of {@code count} tasks. */
    public static Result<List<String>> assign(int count, List<CapacityProviderStrategyItem> strategy, String field) {
        List<String> providers = new ArrayList<>();
        CapacityProviderStrategyItem baseItem = strategy.stream()
                .filter(i -> i.base != null && i.base > 0).findFirst().orElse(null);
        int base = baseItem == null ? 0 : Math.min(baseItem.base, count);
        for (int i = 0; i < base; i++) {
            providers.add(baseItem.capacityProvider);
        }
        int remaining = count - base;
        int totalWeight = strategy.stream().mapToInt(i -> i.weight == null ? 0 : i.weight).sum();
        if (remaining > 0 && totalWeight == 0) {
            if (strategy.size() == 1) {
                // ECS: a single provider with weight 0 (or none) still receives every task.
                for (int i = 0; i < remaining; i++) {
                    providers.add(strategy.get(0).capacityProvider);
                }
                return Result.ok(List.copyOf(providers));
            }
            return Result.invalid(field, "at least one capacity provider needs a weight above 0 to place tasks beyond base");
        }
        int[] placed = new int[strategy.size()];
        for (int n = 1; n <= remaining; n++) {
            int best = -1;
            double bestDeficit = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < strategy.size(); i++) {
                int weight = strategy.get(i).weight == null ? 0 : strategy.get(i).weight;
                if (weight == 0) {
                    continue;
                }
                double deficit = (double) n * weight / totalWeight - placed[i];
                if (deficit > bestDeficit + 1e-9) {
                    bestDeficit = deficit;
                    best = i;
                }
            }
            placed[best]++;
            providers.add(strategy.get(best).capacityProvider);
        }
        return Result.ok(List.copyOf(providers));
    }
}
