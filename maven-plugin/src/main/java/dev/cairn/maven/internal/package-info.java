/**
 * Implementation of the Maven goals: the isolated class loader that reads entities with the
 * project's own Hibernate, default entity packages, credentials, and the drift and lint runs shared
 * by several goals. Not an API.
 */
package dev.cairn.maven.internal;
