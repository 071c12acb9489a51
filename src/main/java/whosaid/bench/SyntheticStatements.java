package whosaid.bench;

import whosaid.claims.Statement;
import whosaid.quotes.QuoteKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generated statements for measuring grouping at scale ({@code whosaid bench} times them; nothing here measures
 * time): base claims restated verbatim, re-cased, cut to fragments, or with their last word swapped, by a pool of
 * speakers, ten statements an article. Deterministic for a seed.
 */
public final class SyntheticStatements {

    private static final String[] WORDS = ("government border attack ceasefire talks minister army election budget "
            + "court river dam harbour ferry school hospital refugee trade tax grain export import price council "
            + "treaty police protest strike bridge road rail power water flood drought fire storm bank loan debt "
            + "vaccine clinic farmer worker union wage reform law ban permit license troops rebel militia envoy "
            + "summit pact sanction embargo tariff aid relief camp village city province region capital mayor "
            + "governor senator judge lawyer prisoner witness report inquiry audit fraud bribe scandal "
            + "deficit growth inflation market fund pension rent housing land soil forest mine oil gas coal").split(" ");
    private static final String[] VERBS = ("will approve|will reject|has blocked|must protect|will reopen|has funded|"
            + "will investigate|cannot stop|will support|has attacked|will rebuild|must close").split("\\|");

    /** Statements drawn from the given number of base claims, restated {@code count / bases} times on average. */
    public record Sample(List<Statement> statements, int baseClaims) {
    }

    private SyntheticStatements() {
    }

    /** {@code count} statements over {@code max(1, count / 4)} base claims. */
    public static Sample generate(int count, long seed) {
        Random random = new Random(seed);
        int baseCount = Math.max(1, count / 4);
        List<String> bases = new ArrayList<>(baseCount);
        for (int i = 0; i < baseCount; i++) {
            // A unique name in every base claim, as real claims name their people and places.
            bases.add("the " + word(random) + " " + VERBS[random.nextInt(VERBS.length)] + " the " + word(random)
                    + " " + word(random) + " of Place" + i + " before the " + word(random) + " " + word(random));
        }
        int speakers = Math.max(1, count / 50);
        List<Statement> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int b = random.nextInt(baseCount);
            String text = restate(bases.get(b), random, WORDS, ".");
            out.add(new Statement(i + 1, i / 10 + 1, null, null, null, "Speaker " + (b % speakers), text, 0,
                    text.length(), false, QuoteKind.DIRECT, null));
        }
        return new Sample(List.copyOf(out), baseCount);
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /**
     * One restatement of a base claim, as reports vary it: verbatim, capitalised with {@code sentenceEnd} added,
     * cut at either end, or with its last word swapped for one of {@code lastWords}. The benchmarks share it.
     */
    public static String restate(String base, Random random, String[] lastWords, String sentenceEnd) {
        String[] w = base.split(" ");
        return switch (random.nextInt(4)) {
            case 0 -> base;
            case 1 -> Character.toUpperCase(base.charAt(0)) + base.substring(1) + sentenceEnd;
            case 2 -> String.join(" ", Arrays.copyOfRange(w, random.nextInt(3), w.length - random.nextInt(3)));
            default -> {
                w[w.length - 1] = lastWords[random.nextInt(lastWords.length)];
                yield String.join(" ", w);
            }
        };
    }
}
