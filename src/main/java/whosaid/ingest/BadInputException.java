package whosaid.ingest;

/** Input whosaid cannot read; the message names the file and, where it applies, the line. */
public class BadInputException extends Exception {
    private final String file;
    private final int line;

    public BadInputException(String file, int line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
