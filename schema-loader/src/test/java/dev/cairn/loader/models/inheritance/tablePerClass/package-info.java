/** TABLE_PER_CLASS inheritance: each concrete class has a full table; ids from one sequence. */
package dev.cairn.loader.models.inheritance.tablePerClass;
