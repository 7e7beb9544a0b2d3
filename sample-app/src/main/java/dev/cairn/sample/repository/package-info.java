/** Spring Data JPA repositories of the shop's entities. */
package dev.cairn.sample.repository;
