/** The {@code cairn schema} command group: inspect (and compare) schema states. */
package dev.cairn.cli.schema;
