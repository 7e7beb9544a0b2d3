/** JOINED inheritance: one table per class, joined by primary key. */
package dev.cairn.loader.models.inheritance.joined;
