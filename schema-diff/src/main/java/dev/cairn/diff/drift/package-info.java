/**
 * Existing databases: {@link dev.cairn.diff.drift.DriftDetector} compares a live database with the
 * state its applied migrations describe, {@link dev.cairn.diff.drift.Adopter} finds the version an
 * unmanaged database matches and records it as the baseline (never blindly), and {@link
 * dev.cairn.diff.drift.Reconciler} lists every difference between the entities and a database built
 * by Hibernate's {@code update}, with the SQL that reconciles each. All three classify differences
 * the same way ({@link dev.cairn.diff.drift.Difference}).
 */
package dev.cairn.diff.drift;
