/** Implementation of the planner; not part of Cairn's API. */
package dev.cairn.diff.internal.plan;
