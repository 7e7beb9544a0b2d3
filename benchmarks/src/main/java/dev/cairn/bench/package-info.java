/**
 * JMH benchmarks for Cairn's maintainers. Not part of any test suite; build and run with
 *
 * <pre>
 * mvn -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Guard            # the DDL guard's benchmarks
 * java -jar benchmarks/target/benchmarks.jar Guard -f 1 -wi 3 -i 5 -w 2s -r 2s   # a quick run
 * </pre>
 *
 * Each area has its own subpackage ({@code dev.cairn.bench.guard}, …).
 */
package dev.cairn.bench;
