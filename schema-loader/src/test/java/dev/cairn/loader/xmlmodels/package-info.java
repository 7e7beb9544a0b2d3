/** Classes without annotations, mapped only by an orm.xml file. */
package dev.cairn.loader.xmlmodels;
