/**
 * The Cairn sample application: a Spring Boot shop (catalogue, inventory, orders, payments,
 * shipments) that uses Cairn the way a team would.
 */
package dev.cairn.sample;
