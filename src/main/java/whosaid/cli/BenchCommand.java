package whosaid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import whosaid.bench.Bench;
import whosaid.bench.CheckBench;
import whosaid.bench.PageBench;
import whosaid.bench.PageGenerator;
import whosaid.bench.Scaling;
import whosaid.bench.StoreBench;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures whosaid's own speed on generated news articles, end to end and stage by stage.",
                "",
                "Invents N articles (seeded: the same N and seed give the same articles; stories told by several",
                "outlets with shared speakers, cue verbs, pronouns, multi-paragraph and partial quotes, reported",
                "speech, disputed figures and denials), then runs the real ingest into a new SQLite database in a",
                "temporary folder (deleted afterwards; --db is not touched) and prints:",
                "  articles_per_s, quotes_per_s  the whole ingest a user waits for: every stage, grouping and",
                "                                contradictions included (total_ms)",
                "  per_article_articles_per_s    the per-article stages alone, parse to store (end_to_end_ms)",
                "  peak_heap_mb                  the highest heap use during the measured run, garbage not yet",
                "                                collected included (sampled every 2 ms); the JVM grows its heap",
                "                                freely up to -Xmx, so run java -Xmx1g -jar ... to see the work fit",
                "  stages                        milliseconds of each stage:",
                "    parse           reading the articles from JSONL bytes",
                "    detect          finding quotations and reported speech (on every core)",
                "    attribute       saying who spoke each, within its article (on every core)",
                "    link            linking each article's speakers to the people of the articles before it",
                "    store           the known-article check and writing articles, speakers and quotes",
                "    group           putting the quotes into claims (once, after all articles, as ingest does)",
                "    contradictions  the contradiction listing over the whole store",
                "The JVM is warmed up first with a smaller run whose figures are thrown away.",
                "",
                "--scale runs N, 2N and 4N articles and prints how each stage's time grows from 2N to 4N: about",
                "2.0 is linear, 4.0 quadratic; a stage above " + Scaling.LIMIT + " is flagged. The top-level figures are then",
                "those of the 4N run.",
                "--check-quotes M fills a database with M generated quotes, grouped into claims, and times the",
                "fact-check query (whosaid check) over it: median and 95th percentile of several queries.",
                "--store-quotes M --db PATH fills PATH with M generated quotes (bulk-loaded, grouped; kept, and",
                "reused when it holds as many), ingests one new generated article into it through every stage and",
                "times check over it: what one article costs in a large store, beyond start-up.",
                "--pages N times web-page extraction alone (jsoup's parse, the page's metadata, the story's",
                "paragraphs; one thread) on N generated news pages of 100-600 KB: the generated articles wrapped in",
                "page furniture (JSON-LD, menus, scripts, styles, icons, teaser rivers, comments, JSON state; seeded",
                "like the articles), and checks each extracted body against its article. --write-pages DIR also",
                "writes them to DIR, to time a whole 'whosaid ingest DIR'; --pages-from DIR times extraction on the",
                "pages saved in DIR instead. The first " + PageBench.WARMUP_PAGES + " pages are extracted untimed first (none with",
                "--warmup 0).",
                "",
                "Timings vary with the machine and what else runs on it: compare figures from one machine."},
        footer = {"", "Examples:  whosaid bench --articles 5000",
                "           whosaid bench --articles 2000 --scale --format json",
                "           whosaid bench --articles 0 --check-quotes 1000000",
                "           whosaid bench --store-quotes 1000000 --db /tmp/big.db",
                "           whosaid bench --pages 900 --write-pages /tmp/pages   (then: whosaid ingest /tmp/pages)",
                "           whosaid bench --pages-from saved-pages/"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000",
            description = "How many articles to generate and ingest (default ${DEFAULT-VALUE}; 0 skips the ingest).")
    int articles;

    @Option(names = "--scale", description = "Run N, 2N and 4N articles and report each stage's growth.")
    boolean scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "500",
            description = "Articles of the warm-up run, not measured (default ${DEFAULT-VALUE}; 0 for none).")
    int warmup;

    @Option(names = "--check-quotes", paramLabel = "M", defaultValue = "0",
            description = "Also time 'check' over a database of M generated quotes (default: not measured).")
    int checkQuotes;

    @Option(names = "--store-quotes", paramLabel = "M", defaultValue = "0",
            description = "Fill the database named by --db (kept afterwards) with M generated quotes, or reuse it"
                    + " if it holds as many, then time one new article ingested into it and 'check' over it.")
    int storeQuotes;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "0",
            description = "Time page extraction alone on N generated real-size news pages (instead of the ingest).")
    int pages;

    @Option(names = "--write-pages", paramLabel = "DIR",
            description = "With --pages: also write the generated pages into DIR (page-00001.html…).")
    Path writePages;

    @Option(names = "--pages-from", paramLabel = "DIR",
            description = "Time page extraction alone on the pages saved in DIR (instead of the ingest).")
    Path pagesFrom;

    @ParentCommand
    Main main;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people) or json (for programs). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        if (articles < 0 || warmup < 0 || checkQuotes < 0 || storeQuotes < 0) {
            throw new UserException(ExitCodes.USAGE,
                    "--articles, --warmup, --check-quotes and --store-quotes cannot be negative");
        }
        if (storeQuotes > 0) {
            return storeBench();
        }
        if (pages < 0) {
            throw new UserException(ExitCodes.USAGE, "--pages cannot be negative");
        }
        if (writePages != null && pages == 0) {
            throw new UserException(ExitCodes.USAGE, "--write-pages DIR writes the pages of --pages N: give N");
        }
        if (pages > 0 || pagesFrom != null) {
            return pageBench();
        }
        if (format != OutputFormat.table && format != OutputFormat.json) {
            throw new UserException(ExitCodes.USAGE, "bench prints --format table or json");
        }
        if (articles == 0 && checkQuotes == 0) {
            throw new UserException(ExitCodes.USAGE, "nothing to measure: give --articles N or --check-quotes M");
        }
        Bench bench = new Bench(seed);
        int warm = Math.min(warmup, Math.max(articles, 1));
        if (warm > 0 && articles > 0) {
            bench.run(warm);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("seed", seed);
        report.put("warmup_articles", articles > 0 ? warm : 0);
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("max_heap_mb", round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0)));
        Scaling scaling = null;
        if (articles > 0) {
            Bench.Run main;
            if (scale) {
                scaling = Scaling.measure(bench, articles);
                main = scaling.runs().get(scaling.runs().size() - 1);
            } else {
                main = bench.run(articles);
            }
            report.putAll(runFigures(main));
            if (scaling != null) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("runs", scaling.runs().stream().map(BenchCommand::runFigures).toList());
                s.put("growth_2n_to_4n", rounded(scaling.growth()));
                s.put("limit", Scaling.LIMIT);
                s.put("over_limit", scaling.over());
                report.put("scale", s);
            }
        }
        CheckBench.Result check = null;
        if (checkQuotes > 0) {
            check = new CheckBench(seed).run(checkQuotes);
            report.put("check", checkFigures(check));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            printTable(out, report, scaling, check);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** --store-quotes: a store the user keeps, one article into it, and check over it. */
    private int storeBench() throws JsonProcessingException {
        if (main == null || main.databaseGiven() == null) {
            throw new UserException(ExitCodes.USAGE, "--store-quotes needs --db PATH: the store is kept there");
        }
        StoreBench.Result r = new StoreBench(seed).run(main.databaseGiven(), storeQuotes);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("db", main.databaseGiven().toString());
        report.put("stored_quotes", r.quotes());
        report.put("load_ms", round(r.loadMs()));
        report.put("one_article_ingest_ms", round(r.ingestMs()));
        report.put("one_article_quotes", r.newQuotes());
        report.put("one_article_stages", rounded(r.stageMs()));
        double[] sorted = r.checkMs().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        report.put("check_median_ms", round(sorted[sorted.length / 2]));
        report.put("check_max_ms", round(sorted[sorted.length - 1]));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            out.printf(Locale.ROOT, "store %s: %d quotes (filled in %.0f ms)%n", report.get("db"), r.quotes(),
                    r.loadMs());
            out.printf(Locale.ROOT, "one new article (%d quotes), every stage: %.0f ms  %s%n", r.newQuotes(),
                    r.ingestMs(), report.get("one_article_stages"));
            out.printf(Locale.ROOT, "check over the store: median %.1f ms, max %.1f ms of %d queries%n",
                    report.get("check_median_ms"), report.get("check_max_ms"), sorted.length);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** --pages, --pages-from: extraction alone, on generated or saved pages. */
    private int pageBench() throws JsonProcessingException {
        if (pages > 0 && pagesFrom != null) {
            throw new UserException(ExitCodes.USAGE, "give --pages N (generated) or --pages-from DIR (saved), not both");
        }
        if (format != OutputFormat.table && format != OutputFormat.json) {
            throw new UserException(ExitCodes.USAGE, "bench prints --format table or json");
        }
        if (pagesFrom != null && !java.nio.file.Files.isDirectory(pagesFrom)) {
            throw new UserException(ExitCodes.USAGE, "--pages-from " + pagesFrom + ": not a folder");
        }
        Map<String, Object> report = new LinkedHashMap<>();
        PrintWriter out = spec.commandLine().getOut();
        if (writePages != null) {
            long written = new PageGenerator(seed, pages).write(writePages);
            report.put("written_to", writePages.toString());
            report.put("written_mb", round(written / (1024.0 * 1024.0)));
        }
        int warm = warmup == 0 ? 0 : PageBench.WARMUP_PAGES;
        PageBench bench = new PageBench();
        PageBench.Result r = pagesFrom != null ? bench.folder(pagesFrom, warm) : bench.generated(seed, pages, warm);
        report.put("source", pagesFrom != null ? pagesFrom.toString() : "generated, seed " + seed);
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("warmup_pages", Math.min(warm, r.pages()));
        report.put("pages", r.pages());
        report.put("mean_kb", round(r.meanKb()));
        report.put("pages_per_s", round(r.pagesPerSecond()));
        report.put("wall_ms_per_page", round(r.wallMs() / r.pages()));
        report.put("cpu_ms_per_page", round(r.cpuMs() / r.pages()));
        report.put("pages_per_cpu_s", round(r.pagesPerCpuSecond()));
        report.put("process_cpu_ms_per_page", round(r.processCpuMs() / r.pages()));
        report.put("parse_cpu_ms_per_page", round(r.parseCpuMs() / r.pages()));
        report.put("skipped", r.skipped());
        if (r.bodiesEqual() >= 0) {
            report.put("pages_right", r.bodiesEqual());
        }
        if (format == OutputFormat.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            if (writePages != null) {
                out.printf(Locale.ROOT, "wrote %d pages (%.0f MB) to %s%n", r.pages(), report.get("written_mb"),
                        writePages);
            }
            out.printf(Locale.ROOT, "page extraction alone, one thread: %d pages (%s), mean %.0f KB, warm-up %d pages"
                    + " (not measured)%n", r.pages(), report.get("source"), r.meanKb(), report.get("warmup_pages"));
            out.printf(Locale.ROOT, "  %.1f pages/s wall, %.1f pages per CPU-second%n", r.pagesPerSecond(),
                    r.pagesPerCpuSecond());
            out.printf(Locale.ROOT, "  ms a page: %.2f wall, %.2f CPU (this thread), %.2f CPU (whole process: garbage"
                    + " collection and compiler included)%n", r.wallMs() / r.pages(), r.cpuMs() / r.pages(),
                    r.processCpuMs() / r.pages());
            out.printf(Locale.ROOT, "  jsoup's parse alone: %.2f ms CPU a page (%.0f %% of extraction)%n",
                    r.parseCpuMs() / r.pages(), 100 * r.parseCpuMs() / r.cpuMs());
            out.print("  " + r.skipped() + " pages judged not an article");
            out.println(r.bodiesEqual() >= 0 ? "; " + r.bodiesEqual() + " of " + r.pages()
                    + " pages gave their article exactly (body, headline, byline, outlet, date)" : "");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> runFigures(Bench.Run run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", run.articles());
        double totalSeconds = run.totalMs() / 1000.0;
        // The headline is the whole ingest, as a user waits for it; the per-article stages alone are reported beside
        // it, since they were long the only figure and flattered the tool.
        m.put("articles_per_s", round(run.articles() / totalSeconds));
        m.put("quotes_per_s", round(run.quotes() / totalSeconds));
        m.put("per_article_articles_per_s", round(run.articlesPerSecond()));
        m.put("peak_heap_mb", round(run.peakHeapMb()));
        m.put("quotes", run.quotes());
        m.put("reported", run.reported());
        m.put("claims", run.claims());
        m.put("contradictions", run.contradictions());
        m.put("stages", rounded(run.stageMs()));
        m.put("analyse_ms", round(run.stageMs().get("detect") + run.stageMs().get("attribute")
                + run.stageMs().get("link")));
        m.put("end_to_end_ms", round(run.endToEndMs()));
        m.put("total_ms", round(run.totalMs()));
        return m;
    }

    private static Map<String, Object> checkFigures(CheckBench.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quotes", r.quotes());
        m.put("claims", r.claims());
        m.put("load_ms", round(r.loadMs()));
        m.put("queries", r.timesMs().size());
        m.put("median_ms", round(r.medianMs()));
        m.put("p95_ms", round(r.p95Ms()));
        m.put("max_ms", round(r.maxMs()));
        m.put("found", r.found());
        return m;
    }

    private static Map<String, Double> rounded(Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, round(v)));
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    @SuppressWarnings("unchecked")
    private static void printTable(PrintWriter out, Map<String, Object> report, Scaling scaling,
                                   CheckBench.Result check) {
        out.println("whosaid bench  seed " + report.get("seed") + ", " + report.get("cores") + " cores, max heap "
                + fmt((Double) report.get("max_heap_mb")) + " MB, warm-up " + report.get("warmup_articles")
                + " articles (not measured)");
        if (report.containsKey("articles_per_s")) {
            List<Map<String, Object>> runs = scaling == null ? List.of(report)
                    : (List<Map<String, Object>>) ((Map<String, Object>) report.get("scale")).get("runs");
            out.println();
            out.printf(Locale.ROOT, "%8s %10s %9s %8s %7s %7s %7s %7s %7s %8s %8s %8s %8s%n", "articles",
                    "articles/s", "quotes/s", "heap MB", "parse", "detect", "attrib.", "link", "store", "group",
                    "contra.", "e2e ms", "total ms");
            for (Map<String, Object> r : runs) {
                Map<String, Double> st = (Map<String, Double>) r.get("stages");
                out.printf(Locale.ROOT, "%8d %10s %9s %8s %7s %7s %7s %7s %7s %8s %8s %8s %8s%n",
                        (Integer) r.get("articles"), fmt((Double) r.get("articles_per_s")),
                        fmt((Double) r.get("quotes_per_s")), fmt((Double) r.get("peak_heap_mb")),
                        fmt(st.get("parse")), fmt(st.get("detect")), fmt(st.get("attribute")), fmt(st.get("link")),
                        fmt(st.get("store")), fmt(st.get("group")), fmt(st.get("contradictions")),
                        fmt((Double) r.get("end_to_end_ms")), fmt((Double) r.get("total_ms")));
            }
            Map<String, Object> last = runs.get(runs.size() - 1);
            out.println();
            out.println("  " + last.get("quotes") + " quotes, " + last.get("reported") + " reported statements, "
                    + last.get("claims") + " claims, " + last.get("contradictions") + " contradictions"
                    + " (stage times in ms, wall clock)");
            if (scaling != null) {
                StringBuilder growth = new StringBuilder("  growth 2N→4N:");
                scaling.growth().forEach((k, v) -> growth.append(' ').append(k).append(' ')
                        .append(String.format(Locale.ROOT, "%.2f×", v)).append(v > Scaling.LIMIT ? " (!)" : ""));
                out.println(growth);
                out.println(scaling.over().isEmpty() ? "  every stage within " + Scaling.LIMIT + "×"
                        : "  over " + Scaling.LIMIT + "×: " + String.join(", ", scaling.over()));
            }
        }
        if (check != null) {
            out.println();
            out.printf(Locale.ROOT, "check over %d quotes (%d claims, loaded in %.0f ms): %d queries, median %.1f ms,"
                            + " p95 %.1f ms, max %.1f ms, %d found their claim%n", check.quotes(), check.claims(),
                    check.loadMs(), check.timesMs().size(), check.medianMs(), check.p95Ms(), check.maxMs(),
                    check.found());
        }
    }

    private static String fmt(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }
}
