package whosaid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import whosaid.ingest.BadInputException;
import whosaid.store.DatabaseLocation;
import whosaid.store.StoreException;

/** The whosaid command line: one class a subcommand, shared options inherited from here. */
@Command(name = "whosaid", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Finds who said what in news articles, and where the reports disagree.",
        description = {
                "",
                "Feed it articles with @|bold ingest|@; it finds every quotation, says who said it, and stores the",
                "evidence (article, outlet, character offsets) in an SQLite file or PostgreSQL. Then ask:",
                "  @|bold quotes|@          every quotation, filtered by speaker, outlet, article, kind",
                "  @|bold speakers|@        everyone quoted, with quote counts, outlets and the other names they go by",
                "  @|bold speaker|@ NAME    everything one person said, by article and outlet, in date order",
                "  @|bold claims|@          each statement once, whatever its wordings, with speakers and outlets",
                "  @|bold check|@ TEXT      the fact-check query: who said TEXT (any wording), where, first",
                "  @|bold contradictions|@  where reports disagree: numbers, denials, who said it, the words",
                "  @|bold stories|@ [ID]    articles grouped by the event they report, with their claims and contradictions",
                "  @|bold outlets|@         the outlets, with article, quote and speaker counts and their dates",
                "  @|bold articles|@        what was ingested",
                "  @|bold bench|@           how fast this machine runs whosaid, end to end and stage by stage",
                "  @|bold serve|@           browse all of the above in a web browser, with JSON under /api/",
                ""},
        footer = {"",
                "Exit codes: 0 done, 1 the query found nothing, 2 bad usage, 3 bad input, 4 database error.",
                "Example:  whosaid ingest news/ && whosaid speakers && whosaid speaker \"Jane Doe\""})
public final class Main {
    /** The subcommands, in the order help lists them; see {@link #commandLine(PrintWriter, PrintWriter, String...)}. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(IngestCommand.class, ArticlesCommand.class,
            OutletsCommand.class, QuotesCommand.class, SpeakersCommand.class, SpeakerCommand.class,
            ClaimsCommand.class, CheckCommand.class, ContradictionsCommand.class, StoriesCommand.class, BenchCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class);

    static final String DEFAULT_DB = "db/whosaid.db";

    @Option(names = "--db", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
            description = "The database: an SQLite file, or a shared PostgreSQL store as "
                    + "jdbc:postgresql://host:port/db?user=...&password=... (default: $WHOSAID_DB, else "
                    + DEFAULT_DB + ").")
    private String db;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show stack traces with errors.")
    private boolean verbose;

    DatabaseLocation database() {
        if (db != null) {
            return DatabaseLocation.parse(db);
        }
        String fromEnvironment = System.getenv("WHOSAID_DB");
        return DatabaseLocation.parse(fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment
                : DEFAULT_DB);
    }

    /** The database named by --db, or null when none was (the default is then used). */
    DatabaseLocation databaseGiven() {
        return db == null ? null : DatabaseLocation.parse(db);
    }

    boolean verbose() {
        return verbose;
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Answered before Picocli is loaded: its model of every command costs more than the JVM's own start.
            System.out.println(new Version().getVersion()[0]);
            System.exit(ExitCodes.OK);
        }
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; the tests call this. */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args).execute(args);
    }

    /**
     * The command line for {@code args}. Picocli reads every option of every command it is given by reflection, a
     * quarter of a second at start-up for all of them, so a command line that names one subcommand gets only that
     * one; without a name (top-level help), with "help" or with an unknown name, it gets them all, as before.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        String named = subcommandName(args);
        for (Class<?> command : SUBCOMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            String name = annotation.name();
            if (named == null && command != CommandLine.HelpCommand.class) {
                // No command named: the answer is the top-level help (or its error), which shows each command's
                // name and header only. An outline of those is read from the annotation alone; reading every
                // option of every command by reflection cost most of a second of --help.
                cli.addSubcommand(name, outline(annotation));
            } else if (named == null || named.equals("help") || name.equals(named)) {
                cli.addSubcommand(command);
            }
        }
        if (cli.getSubcommands().isEmpty()) {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        cli.setOut(out);
        cli.setErr(err);
        // The help texts are laid out in lines of up to about 110 characters; wrapping them at 80 breaks them.
        cli.setUsageHelpWidth(120);
        cli.setExitCodeExceptionMapper(Main::exitCode);
        cli.setParameterExceptionHandler((e, unmatched) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("whosaid: " + e.getMessage() + " (see '" + failed.getCommandSpec().qualifiedName()
                    + " --help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            PrintWriter errors = failed.getErr();
            errors.println("whosaid: " + describe(e));
            if (main.verbose) {
                e.printStackTrace(errors);
            }
            return exitCode(e);
        });
        return cli;
    }

    /** A command as the top-level help lists it: its name, header and description, without its options. */
    private static CommandLine.Model.CommandSpec outline(Command annotation) {
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(annotation.name())
                .aliases(annotation.aliases());
        spec.usageMessage().header(annotation.header()).description(annotation.description());
        return spec;
    }

    /** The first argument that is neither an option of this command nor the value of --db, or null. */
    private static String subcommandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db")) {
                i++; // its value
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static String describe(Exception e) {
        if (e instanceof BadInputException || e instanceof StoreException || e instanceof UserException) {
            return e.getMessage();
        }
        return "internal error: " + e + " (run again with --verbose for the stack trace)";
    }

    static int exitCode(Throwable e) {
        if (e instanceof BadInputException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof StoreException) {
            return ExitCodes.DATABASE;
        }
        if (e instanceof UserException user) {
            return user.exitCode();
        }
        return ExitCodes.INTERNAL;
    }
}
