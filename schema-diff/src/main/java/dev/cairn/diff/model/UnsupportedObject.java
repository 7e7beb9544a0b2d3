package dev.cairn.diff.model;

/**
 * An object the inspector found but cannot model. Cairn reports these loudly instead of silently
 * leaving them out of a diff.
 *
 * @param kind what it is, e.g. {@code aggregate}, {@code foreign table}, {@code rule}
 * @param identity how to find it, e.g. {@code public.my_agg(integer)}
 * @param reason why it is not modelled and what that means for diffs
 */
public record UnsupportedObject(String kind, String identity, String reason) {}
