package whosaid.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import whosaid.web.WebApp;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Browse the database in a web browser: search, speakers, claims, articles, contradictions.",
        description = {"Serves pages (readable without JavaScript) and their JSON twins under /api/ until stopped",
                "with Ctrl-C. It only reads the database, so an ingest may run beside it, and it listens on the",
                "loopback address unless --host says otherwise."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UserException(ExitCodes.USAGE, "--port must be from 0 to 65535");
        }
        WebApp app;
        try {
            app = WebApp.start(main.database(), host, port);
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                throw new UserException(ExitCodes.USAGE, "cannot listen on " + host + ":" + port
                        + " (in use, or not an address of this machine): choose another --port or --host");
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }));
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        spec.commandLine().getOut().println("whosaid: serving " + main.database() + " at http://" + shownHost + ":"
                + app.port() + "/ (Ctrl-C stops)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
