/** The shop's use cases, each in one transaction. */
package dev.cairn.sample.service;
