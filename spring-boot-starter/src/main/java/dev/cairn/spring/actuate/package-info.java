/**
 * Actuator support: the {@code /actuator/cairn} endpoint listing every migration version and the
 * {@code cairn} health indicator. Active only when the application has Spring Boot's actuator.
 */
package dev.cairn.spring.actuate;
