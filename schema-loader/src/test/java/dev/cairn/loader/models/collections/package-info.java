/** Element collections, join tables, ordered lists and maps. */
package dev.cairn.loader.models.collections;
