package dev.cairn.diff.model;

/**
 * A trigger on a table or view.
 *
 * @param name the trigger name (unique per table)
 * @param definition {@code pg_get_triggerdef(oid)}
 * @param function the trigger function
 * @param enabled {@code pg_trigger.tgenabled}: {@code O}, {@code D}, {@code R} or {@code A}
 * @param comment the comment, or {@code null}
 */
public record Trigger(
    String name, String definition, QualifiedName function, char enabled, String comment) {}
