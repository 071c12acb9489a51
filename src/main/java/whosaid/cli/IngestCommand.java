package whosaid.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.store.Database;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read news articles, find their quotations and who said them, and store it all.",
                "PATH is a digest (many articles in one text file), a plain-text article, a JSONL file",
                "(one article a line: id, title, outlet, published, url, byline, text; only text required),",
                "a directory (walked), or - for standard input. The same article twice is stored once.",
                "Each file is stored whole or not at all; a bad file is named and skipped, and the exit code is 3."})
final class IngestCommand extends DatabaseCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--strict", description = "Stop at the first bad file.")
    boolean strict;

    @Override
    int run(Database database) {
        throw new UserException(ExitCodes.INTERNAL, "ingest is being wired");
    }
}
