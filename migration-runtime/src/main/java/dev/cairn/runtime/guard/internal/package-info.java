/**
 * Implementation of the DDL guard: the intercepting JDBC wrappers and the classifier's internals.
 * Not API; may change in any release.
 */
package dev.cairn.runtime.guard.internal;
