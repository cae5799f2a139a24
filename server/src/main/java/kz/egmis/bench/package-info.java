/**
 * Benchmarks run as commands of the jar ({@code java -jar egmis.jar bench ...}): synthetic loads pushed through
 * the real HTTP API, printing rates and peak memory.
 */
package kz.egmis.bench;
