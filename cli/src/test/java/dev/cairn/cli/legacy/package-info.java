/** Older entity versions a database was built from with Hibernate's update. */
package dev.cairn.cli.legacy;
