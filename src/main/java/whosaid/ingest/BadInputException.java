package whosaid.ingest;

/**
 * An input file that cannot be read as articles: missing, empty, binary, not UTF-8, or a malformed JSONL line.
 *
 * <p>The message is one line naming the file and, where one applies, the 1-based line: {@code FILE:LINE: reason},
 * or {@code FILE: reason} when no line applies (line 0). The CLI prints it as it is and exits with code 3.
 */
public class BadInputException extends Exception {
    private final String file;
    private final int line;
    private final String reason;

    public BadInputException(String file, int line, String reason) {
        super(format(file, line, reason));
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public BadInputException(String file, int line, String reason, Throwable cause) {
        super(format(file, line, reason), cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    private static String format(String file, int line, String reason) {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }

    /** The file as the caller named it ("-" for standard input). */
    public String file() {
        return file;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }
}
