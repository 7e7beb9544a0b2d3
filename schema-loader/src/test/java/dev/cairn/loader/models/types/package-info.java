/** Column types whose DDL depends on Hibernate settings: time zones, UUIDs, JSON, LOBs. */
package dev.cairn.loader.models.types;
