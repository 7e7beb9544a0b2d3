/** Camel-case names and implicit join tables: names differ between Spring and Hibernate naming. */
package dev.cairn.loader.models.naming;
