package whosaid.cli;

/** The exit codes of DESIGN.md, named once. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int NOTHING_FOUND = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int DATABASE = 4;
    /** A bug in whosaid itself: not part of the contract, and never expected. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
