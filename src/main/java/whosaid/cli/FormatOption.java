package whosaid.cli;

import picocli.CommandLine.Option;

/** The --format option every listing shares. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people), json, jsonl or csv (for programs). Default: ${DEFAULT-VALUE}.")
    OutputFormat format = OutputFormat.table;
}
