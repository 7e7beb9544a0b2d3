/** Implementation details of the embedded server; not API. */
package dev.cairn.embedded.internal;
