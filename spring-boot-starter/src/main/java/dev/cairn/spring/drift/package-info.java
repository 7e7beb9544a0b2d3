/**
 * Drift detection in a Spring Boot application: an opt-in startup check ({@code
 * cairn.drift.check-on-startup=warn|fail}) and the {@code cairnDrift} health indicator ({@code
 * cairn.drift.health=true}). Active only when {@code dev.cairn:cairn-schema-diff} is on the class
 * path.
 */
package dev.cairn.spring.drift;
