/**
 * Every id generation strategy, including a package-level sequence generator and two table
 * generators sharing one table (two seed rows).
 */
@SequenceGenerator(name = "package_seq", sequenceName = "package_level_seq", allocationSize = 5)
package dev.cairn.loader.models.generators;

import jakarta.persistence.SequenceGenerator;
