package whosaid.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A bounded load run against a running {@code whosaid serve} on this machine: N clients, each sending one GET after
 * another for S seconds over a mix of every page and API route, with ids read from the store through the API.
 * Prints requests, errors (any status but 200, or no answer) and latency percentiles per route. Not a test:
 * {@code java -cp target/test-classes:target/whosaid.jar whosaid.web.LoadRun http://127.0.0.1:8080 50 20 [/check]}.
 */
public final class LoadRun {
    /** Stops a run that somehow outpaces any server: a bound on count as well as on time. */
    private static final int MAX_REQUESTS = 2_000_000;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        URI target = URI.create(base);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(target.getHost())) {
            throw new IllegalArgumentException("load runs only against this machine (loopback), not " + base);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        // A fourth argument leaves out routes, e.g. "/check" to measure browsing apart from the fact-check query.
        java.util.Set<String> skipped = args.length > 3 ? java.util.Set.of(args[3].split(",")) : java.util.Set.of();
        List<String[]> mix = mix(client, base).stream().filter(r -> !skipped.contains(r[0])).toList();
        System.out.printf(Locale.ROOT, "%d urls in the mix; %d clients for %d s against %s%n", mix.size(), clients,
                seconds, base);
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c * 7919;
            pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end && sent.incrementAndGet() <= MAX_REQUESTS) {
                    String[] route = mix.get(Math.floorMod(i++, mix.size()));
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + route[1]))
                                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        ok = r.statusCode() == 200;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    latencies.computeIfAbsent(route[0], k -> new CopyOnWriteArrayList<>()).add(micros);
                    latencies.computeIfAbsent("ALL", k -> new CopyOnWriteArrayList<>()).add(micros);
                    if (!ok) {
                        errors.computeIfAbsent(route[0], k -> new AtomicInteger()).incrementAndGet();
                        errors.computeIfAbsent("ALL", k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "%-22s %8s %7s %8s %8s %8s %8s%n", "route", "requests", "errors", "p50 ms",
                "p95 ms", "p99 ms", "max ms");
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            Collections.sort(l);
            AtomicInteger err = errors.get(e.getKey());
            System.out.printf(Locale.ROOT, "%-22s %8d %7d %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), l.size(),
                    err == null ? 0 : err.get(), pct(l, 50), pct(l, 95), pct(l, 99), l.get(l.size() - 1) / 1000.0);
        }
        List<Long> all = latencies.getOrDefault("ALL", List.of());
        System.out.printf(Locale.ROOT, "throughput: %.0f requests/s%n", all.size() / (double) seconds);
        System.exit(0);
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1000.0;
    }

    /** Every route, with ids and texts taken from the store itself. */
    private static List<String[]> mix(HttpClient client, String base) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode speakers = json.readTree(get(client, base + "/api/speakers?limit=60")).get("items");
        List<String[]> mix = new ArrayList<>();
        int n = 0;
        for (JsonNode s : speakers) {
            long id = s.get("speaker_id").asLong();
            mix.add(new String[]{"/speakers/{id}", "/speakers/" + id});
            if (n++ % 3 == 0) {
                mix.add(new String[]{"/api/speakers/{id}", "/api/speakers/" + id});
                JsonNode detail = json.readTree(get(client, base + "/api/speakers/" + id + "?limit=5"));
                for (JsonNode c : detail.get("claims").get("items")) {
                    long claim = c.get("claim_id").asLong();
                    mix.add(new String[]{"/claims/{id}", "/claims/" + claim});
                    mix.add(new String[]{"/api/claims/{id}", "/api/claims/" + claim});
                    String[] words = c.get("text").asText().split("\\s+");
                    String q = String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
                    mix.add(new String[]{"/check", "/check?q=" + Links.query(q.replace("null", ""))});
                }
                for (JsonNode q : detail.get("quotations").get("items")) {
                    String article = Links.segment(q.get("article_id").asText());
                    mix.add(new String[]{"/articles/{id}", "/articles/" + article});
                    mix.add(new String[]{"/api/articles/{id}", "/api/articles/" + article});
                }
            }
        }
        for (int page = 1; page <= 5; page++) {
            mix.add(new String[]{"/speakers", "/speakers?page=" + page});
            mix.add(new String[]{"/api/speakers", "/api/speakers?page=" + page});
            mix.add(new String[]{"/contradictions", "/contradictions?page=" + page});
            mix.add(new String[]{"/api/contradictions", "/api/contradictions?page=" + page + "&kind=numeric"});
        }
        for (JsonNode story : json.readTree(get(client, base + "/api/stories?limit=20")).get("items")) {
            long id = story.get("story_id").asLong();
            mix.add(new String[]{"/stories/{id}", "/stories/" + id});
            mix.add(new String[]{"/api/stories/{id}", "/api/stories/" + id});
        }
        for (int page = 1; page <= 3; page++) {
            mix.add(new String[]{"/stories", "/stories?page=" + page});
            mix.add(new String[]{"/api/stories", "/api/stories?page=" + page});
        }
        mix.add(new String[]{"/outlets", "/outlets"});
        mix.add(new String[]{"/api/outlets", "/api/outlets"});
        mix.add(new String[]{"/", "/"});
        Collections.shuffle(mix, new java.util.Random(18));
        return mix;
    }

    private static String get(HttpClient client, String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body();
    }

    private LoadRun() {
    }
}
