package whosaid.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import whosaid.ingest.Article;
import whosaid.query.CheckQuery;
import whosaid.query.Listings;
import whosaid.store.Database;

/**
 * Times the fact-check query ({@code whosaid check}) over a database of many generated quotes. The quotes are
 * loaded already grouped (the generator knows which claim each restates), because this measures the query, not
 * the grouping. Each claim is a base statement with its own place name, restated four times on average: verbatim,
 * re-punctuated, cut short, or with its last word changed, by speakers from a pool, ten quotes an article.
 */
public final class CheckBench {
    private static final int QUOTES_PER_ARTICLE = 10;
    private static final int ARTICLES_PER_BATCH = 5_000;
    private static final int WARMUP_QUERIES = 5;
    private static final int QUERIES = 25;

    // News vocabulary is wide: a few dozen words would put every word in a tenth of all quotes, which no real
    // corpus does and which would make full-text search look slower than it is.
    private static final String[] SUBJECTS = ("the council|the ministry|the army|the union|the court|the mayor|"
            + "the governor|the bank|the regulator|the police|the senate|the cabinet|the treasury|the navy|"
            + "the airline|the railway|the hospital trust|the water board|the port authority|the election panel|"
            + "the prosecutor|the central bank|the opposition|the federation|the grid operator|the school board")
            .split("\\|");
    private static final String[] VERBS = ("will approve|will reject|has blocked|must protect|will reopen|"
            + "has funded|will investigate|cannot stop|will support|has closed|will rebuild|plans to sell|"
            + "will inspect|has delayed|will expand|has cancelled|will review|refuses to fund|will privatise|"
            + "has doubled|will cut|has frozen|will audit|must repair|will nationalise|has suspended|"
            + "will relocate|has approved|will tax|will subsidise").split("\\|");
    private static final String[] NOUNS = ("border bridge harbour ferry school hospital clinic grain export tax "
            + "council treaty road rail power water flood drought loan debt vaccine farm wage pension rent housing "
            + "forest mine oil gas coal market budget tariff camp village airport runway tunnel canal dam reservoir "
            + "pipeline refinery factory shipyard warehouse depot station terminal motorway junction bypass "
            + "library museum stadium theatre prison courthouse barracks embassy consulate parliament archive "
            + "orchard vineyard fishery dairy bakery brewery quarry sawmill tannery textile steel copper nickel "
            + "lithium uranium timber cotton wheat barley maize rice sugar coffee cocoa tobacco salt wool leather "
            + "satellite telescope laboratory reactor turbine battery charger cable antenna radar lighthouse pier "
            + "marina quay lock weir sluice levee embankment seawall dune wetland meadow pasture glacier "
            + "pension fund bond lottery subsidy grant levy toll fare ticket licence permit visa passport census "
            + "ballot referendum amendment statute decree tribunal inquiry audit ombudsman watchdog").split(" ");
    private static final String[] FIRST = "Adela Bertil Celine Dorian Elodie Florin Greta Hollis Ilse Jarek".split(" ");
    private static final String[] LAST = ("Voresk Kalimar Brenoven Torling Marahr Halecki Dreunde Selorth Quenello "
            + "Falayne Gorisse Lunofte").split(" ");
    private static final String[] OUTLETS = {"Meridian Wire", "Northern Courier", "Harbour Times", "Valley Gazette",
            "Coastal Herald", "Capital Dispatch"};

    /**
     * @param loadMs  how long filling the database took (not part of the query figures)
     * @param timesMs each timed query's milliseconds, in the order run
     * @param found   how many queries ranked the claim they were made from first
     */
    public record Result(int quotes, int claims, double loadMs, List<Double> timesMs, int found) {
        public double medianMs() {
            return percentile(0.5);
        }

        public double p95Ms() {
            return percentile(0.95);
        }

        public double maxMs() {
            return timesMs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        private double percentile(double p) {
            double[] sorted = timesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (sorted.length == 0) {
                return 0;
            }
            // Nearest rank: the smallest time that at least p of the queries did not exceed.
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    private final long seed;

    public CheckBench(long seed) {
        this.seed = seed;
    }

    public Result run(int quotes) {
        Path folder = Bench.temporaryFolder();
        try (Database database = Database.open(folder.resolve("check.db"))) {
            int bases = Math.max(1, quotes / 4);
            GeneratedQuotes bulk = new GeneratedQuotes(database);
            long t0 = System.nanoTime();
            load(bulk, quotes, bases);
            double loadMs = (System.nanoTime() - t0) / 1e6;

            Random random = new Random(seed * 7919 + 1);
            CheckQuery query = new CheckQuery(new Listings(database));
            for (int i = 0; i < WARMUP_QUERIES; i++) {
                query.ask(queryText(random.nextInt(bases), i), 5);
            }
            List<Double> times = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < QUERIES; i++) {
                int base = random.nextInt(bases);
                long q0 = System.nanoTime();
                CheckQuery.Answer answer = query.ask(queryText(base, i), 5);
                times.add((System.nanoTime() - q0) / 1e6);
                Long expected = bulk.claimId(base);
                if (!answer.results().isEmpty() && expected != null
                        && answer.results().get(0).claim().claimId() == expected) {
                    found++;
                }
            }
            return new Result(quotes, bases, loadMs, List.copyOf(times), found);
        } finally {
            Bench.delete(folder);
        }
    }

    /**
     * Fills {@code database} with {@code quotes} generated quotes grouped into claims, numbering after the rows it
     * already holds; returns how many base claims the quotes restate.
     */
    int fill(Database database, int quotes) {
        int bases = Math.max(1, quotes / 4);
        load(new GeneratedQuotes(database), quotes, bases);
        return bases;
    }

    /** What a fact-checker might type for base claim {@code base} (query {@code i} of a series). */
    String query(int base, int i) {
        return queryText(base, i);
    }

    private void load(GeneratedQuotes bulk, int quotes, int bases) {
        Random random = new Random(seed);
        List<GeneratedQuotes.Entry> batch = new ArrayList<>();
        int made = 0;
        for (int a = 0; made < quotes; a++) {
            StringBuilder body = new StringBuilder();
            List<GeneratedQuotes.Quote> spans = new ArrayList<>();
            for (int k = 0; k < QUOTES_PER_ARTICLE && made < quotes; k++, made++) {
                int base = random.nextInt(bases);
                String text = SyntheticStatements.restate(base(base), random, NOUNS, "");
                String speaker = FIRST[base % FIRST.length] + " " + LAST[(base / FIRST.length) % LAST.length];
                body.append(speaker).append(" said: “");
                int start = body.length();
                body.append(text);
                spans.add(new GeneratedQuotes.Quote(start, body.length(), speaker, base));
                body.append(".”\n\n");
            }
            String published = java.time.LocalDate.of(2024, 1, 1).plusDays(a % 700).toString();
            Article article = new Article("check-" + a, "Report " + a, null, OUTLETS[a % OUTLETS.length], null,
                    published, null, body.toString(), "generated", a + 1);
            batch.add(new GeneratedQuotes.Entry(article, spans));
            if (batch.size() == ARTICLES_PER_BATCH) {
                bulk.write(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            bulk.write(batch);
        }
    }

    /** Base claim {@code i}, computed from its number so a million need not be held in memory. */
    private String base(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        // A unique place in every base claim, as real claims name their own people and places.
        return SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " the "
                + noun(r) + " " + noun(r) + " of Arden" + i + " before the " + noun(r) + " " + noun(r);
    }

    private static String noun(Random r) {
        return NOUNS[r.nextInt(NOUNS.length)];
    }

    /** What a fact-checker might type: the claim, or its gist without the opening words, in their own case. */
    private String queryText(int base, int i) {
        String text = base(base);
        if (i % 2 == 1) {
            String[] w = text.split(" ");
            text = String.join(" ", Arrays.copyOfRange(w, 2, w.length));
        }
        return text;
    }
}
