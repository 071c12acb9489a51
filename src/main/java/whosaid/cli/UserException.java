package whosaid.cli;

/** A mistake of the user's that a command found after parsing (an unknown speaker, a bad filter value). */
final class UserException extends RuntimeException {
    private final int exitCode;

    UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
