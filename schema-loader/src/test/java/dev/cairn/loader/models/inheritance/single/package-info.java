/** SINGLE_TABLE inheritance with a discriminator column. */
package dev.cairn.loader.models.inheritance.single;
