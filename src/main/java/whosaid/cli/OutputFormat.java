package whosaid.cli;

/** How a listing is printed: a table for people, the rest for programs. */
enum OutputFormat {
    table, json, jsonl, csv
}
