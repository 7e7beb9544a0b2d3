/** An online shop: the everyday features of a Spring Boot application's entity model. */
package dev.cairn.loader.models.shop;
