/** The shop's REST API under {@code /api}. */
package dev.cairn.sample.web;
