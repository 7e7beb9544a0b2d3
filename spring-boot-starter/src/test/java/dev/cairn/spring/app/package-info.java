/** A Spring Boot application for the starter's end-to-end tests. */
package dev.cairn.spring.app;
