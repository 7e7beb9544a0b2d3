/** Enumerations stored as strings, ordinals and named PostgreSQL enum types. */
package dev.cairn.loader.models.enums;
