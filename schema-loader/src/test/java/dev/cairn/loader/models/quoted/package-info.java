/** Reserved words and explicitly quoted mixed-case identifiers. */
package dev.cairn.loader.models.quoted;
