package whosaid.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import whosaid.store.Database;

/** A subcommand that works on the database named by the inherited --db option. */
abstract class DatabaseCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Database database = Database.open(main.database())) {
            return run(database);
        }
    }

    abstract int run(Database database) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Says on stderr that a query found nothing, and gives the exit code for it. */
    int nothingFound(String what) {
        err().println("whosaid: " + what);
        return ExitCodes.NOTHING_FOUND;
    }
}
