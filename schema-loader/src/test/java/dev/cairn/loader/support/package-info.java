/** Helpers for the loader's tests: applying DDL, validating with Hibernate, reading the catalog. */
package dev.cairn.loader.support;
