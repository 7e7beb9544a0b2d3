/** Entities in a schema other than the default one. */
package dev.cairn.loader.models.schemas;
