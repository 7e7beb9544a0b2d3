package dev.cairn.diff.model;

/**
 * An installed extension.
 *
 * @param name the extension name
 * @param schema the schema its objects live in
 * @param version the installed version
 */
public record Extension(String name, String schema, String version) {}
