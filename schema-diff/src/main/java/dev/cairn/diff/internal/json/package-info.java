/** A small JSON reader/writer and the reflective mapping of the model's records to JSON. */
package dev.cairn.diff.internal.json;
