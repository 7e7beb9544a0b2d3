/**
 * Implementation details of the migration runtime. Nothing here is API: names and signatures may
 * change in any release.
 */
package dev.cairn.runtime.internal;
