/**
 * The applier: the applier's view of migration files ({@link
 * dev.cairn.runtime.internal.apply.Script}), history verification, planning what is pending, and
 * executing files under the migration lock. Not public API.
 */
package dev.cairn.runtime.internal.apply;
