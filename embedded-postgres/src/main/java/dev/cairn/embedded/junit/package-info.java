/** JUnit Jupiter support: {@link dev.cairn.embedded.junit.WithPostgres}. */
package dev.cairn.embedded.junit;
