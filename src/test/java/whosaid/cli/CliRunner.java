package whosaid.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed, for end-to-end tests over the command line. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private CliRunner() {
    }
}
