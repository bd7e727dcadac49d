package org.diplograph.cli;

/**
 * A command that another jar on the class path adds to {@code diplograph} (the benchmarks, in
 * {@code diplograph-bench.jar}): a Spring component with picocli's {@code @Command} that
 * implements this is registered as a subcommand at start.
 */
public interface Extension {}
