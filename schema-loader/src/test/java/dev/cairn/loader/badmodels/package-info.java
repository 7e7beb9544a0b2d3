/** Broken entity models, each in its own package; never part of the corpus. */
package dev.cairn.loader.badmodels;
