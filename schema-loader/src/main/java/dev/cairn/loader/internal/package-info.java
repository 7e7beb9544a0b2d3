/** Implementation of the schema loader; not API, may change in any release. */
package dev.cairn.loader.internal;
