/** Implementation of the differ; not part of Cairn's API. */
package dev.cairn.diff.internal.diff;
