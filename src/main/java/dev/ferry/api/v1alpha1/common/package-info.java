/**
 * Shapes shared by several Ferry kinds, named and typed exactly as in the AWS APIs
 * (ECS {@code KeyValuePair}, {@code Tag}, {@code PlacementConstraint}, ...).
 *
 * <p>API classes are data only: public fields, boxed types (absent is not zero), no logic.
 * {@code null} means "not set" everywhere; defaults are resolved in {@code translate/}.
 */
package dev.ferry.api.v1alpha1.common;
