package whosaid.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import whosaid.query.ArticleDetail;
import whosaid.query.CheckQuery;
import whosaid.query.ClaimView;
import whosaid.query.ContradictionFilter;
import whosaid.query.ContradictionView;
import whosaid.query.FactCheck;
import whosaid.query.OutletView;
import whosaid.query.Paged;
import whosaid.query.QuoteView;
import whosaid.query.SpeakerReport;
import whosaid.query.SpeakerView;
import whosaid.query.StoryReport;
import whosaid.query.StoryView;

/**
 * One handler a route: each reads its parameters, asks the store, and answers as a page or, under /api/, as JSON
 * with the CLI's field names. Nothing here writes.
 */
final class Handlers {
    static final Set<String> KINDS = Set.of("numeric", "denial", "attribution", "wording", "other");
    private static final int PAGE_SIZE = 20;
    /** The most claims the fact-check query ranks (its full-text candidates): pages of check results end there. */
    private static final int MOST_CHECK_RESULTS = 50;

    private final StorePool store;
    private final Templates templates;
    private final ObjectMapper json = new ObjectMapper();
    private final String storeName;

    Handlers(StorePool store, Templates templates, String storeName) {
        this.store = store;
        this.templates = templates;
        this.storeName = storeName;
    }

    private Models.Frame frame(String title) {
        return new Models.Frame(title, storeName);
    }

    void home(Context ctx) {
        int speakers = store.read(b -> b.speakers(null, 1, 1).total());
        int outlets = store.read(b -> b.outletCount());
        html(ctx, "index.jte", new Models.Home(frame("Search"), speakers, outlets));
    }

    void check(Context ctx, boolean api) {
        String q = Params.text(ctx, "q");
        int page = Params.page(ctx);
        int limit = Params.limit(ctx, api ? 10 : PAGE_SIZE);
        if (q == null) {
            if (api) {
                throw new BadRequest("q is required: the statement to check");
            }
            ctx.redirect("/");
            return;
        }
        long wanted = (long) page * limit;
        CheckQuery.Answer answer = store.check(q, (int) Math.min(wanted, MOST_CHECK_RESULTS));
        Paged<FactCheck.Result> results = Paged.of(answer.results(), page, limit);
        if (api) {
            var body = JsonRows.paged(results, results.items().stream().map(JsonRows::checkResult).toList());
            body.put("query", q);
            body.put("candidates", answer.candidates());
            json(ctx, body);
        } else {
            html(ctx, "check.jte", new Models.Check(frame("Check: " + q), q, results, answer.candidates(),
                    ctx.queryString()));
        }
    }

    void speakers(Context ctx, boolean api) {
        String q = Params.text(ctx, "q");
        int page = Params.page(ctx);
        int limit = Params.limit(ctx, api ? 50 : PAGE_SIZE * 2);
        Paged<SpeakerView> found = store.read(b -> b.speakers(q, page, limit));
        if (api) {
            json(ctx, JsonRows.paged(found, found.items().stream().map(JsonRows::speaker).toList()));
        } else {
            html(ctx, "speakers.jte", new Models.Speakers(frame("Speakers"), q, found, ctx.queryString()));
        }
    }

    void speaker(Context ctx, boolean api) {
        long id = Params.id(ctx);
        int page = Params.page(ctx);
        int limit = Params.limit(ctx, api ? 50 : PAGE_SIZE);
        SpeakerReport report = store.read(b -> b.speaker(id).map(b::report))
                .orElseThrow(() -> new NotFound("no speaker with id " + id));
        Paged<SpeakerReport.SpeakerClaim> claims = Paged.of(report.claims(), page, limit);
        if (api) {
            var body = JsonRows.speaker(report.speaker());
            List<QuoteView> quotes = new ArrayList<>();
            report.articles().forEach(a -> quotes.addAll(a.quotes()));
            Paged<QuoteView> quotePage = Paged.of(quotes, page, limit);
            body.put("page", page);
            body.put("limit", limit);
            body.put("claims", JsonRows.paged(claims, claims.items().stream().map(JsonRows::speakerClaim).toList()));
            body.put("quotations", JsonRows.paged(quotePage, quotePage.items().stream().map(JsonRows::quote)
                    .toList()));
            body.put("contradictions", report.contradictions().stream().map(JsonRows::contradiction).toList());
            json(ctx, body);
        } else {
            html(ctx, "speaker.jte", new Models.Speaker(frame(report.speaker().name()), report,
                    Timeline.of(report.articles()), claims, nameForms(report), ctx.queryString()));
        }
    }

    /** Places shown for each name form; the rest are counted. */
    private static final int PLACES_PER_FORM = 6;

    /** The words each quotation named the speaker by, with the articles where each was read, most used first. */
    static List<Models.NameForm> nameForms(SpeakerReport report) {
        java.util.Map<String, List<Models.Place>> byForm = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Set<String>> seen = new java.util.HashMap<>();
        for (SpeakerReport.ArticleQuotes a : report.articles()) {
            for (QuoteView q : a.quotes()) {
                String form = q.speakerMention();
                if (form == null || form.isBlank() || !seen.computeIfAbsent(form, k -> new java.util.HashSet<>())
                        .add(q.articleId())) {
                    continue;
                }
                String label = (q.outlet() != null ? q.outlet() : q.articleTitle() != null ? "“" + q.articleTitle()
                        + "”" : "article " + q.articleId()) + (q.published() == null ? "" : ", " + q.published());
                byForm.computeIfAbsent(form, k -> new ArrayList<>())
                        .add(new Models.Place(label, Links.quote(q.articleId(), q.quoteId())));
            }
        }
        List<Models.NameForm> out = new ArrayList<>();
        byForm.forEach((form, places) -> out.add(new Models.NameForm(form,
                List.copyOf(places.subList(0, Math.min(PLACES_PER_FORM, places.size()))),
                Math.max(0, places.size() - PLACES_PER_FORM))));
        out.sort(java.util.Comparator.comparingInt((Models.NameForm f) -> -(f.where().size() + f.more())));
        return List.copyOf(out);
    }

    void claim(Context ctx, boolean api) {
        long id = Params.id(ctx);
        ClaimView claim = store.read(b -> b.claim(id)).orElseThrow(() -> new NotFound("no claim with id " + id));
        if (api) {
            json(ctx, JsonRows.claim(claim));
            return;
        }
        List<Models.Wording> wordings = new ArrayList<>();
        String firstDate = claim.quotes().get(0).published();
        for (QuoteView q : claim.quotes()) {
            boolean first = firstDate != null && firstDate.equals(q.published());
            wordings.add(new Models.Wording(q, WordDiff.of(q.text(), claim.text()), first));
        }
        html(ctx, "claim.jte", new Models.Claim(frame("Claim " + id), claim, List.copyOf(wordings)));
    }

    void article(Context ctx, boolean api) {
        String id = Params.articleId(ctx);
        int page = Params.page(ctx);
        int limit = Params.limit(ctx, 100);
        ArticleDetail article = store.read(b -> b.article(id))
                .orElseThrow(() -> new NotFound("no article with id " + id));
        if (api) {
            Paged<QuoteView> quotes = Paged.of(article.quotes(), page, limit);
            var body = JsonRows.article(article);
            body.put("quotations", JsonRows.paged(quotes, quotes.items().stream().map(JsonRows::quote).toList()));
            json(ctx, body);
            return;
        }
        List<QuoteView> inTitle = article.quotes().stream().filter(QuoteView::inTitle).toList();
        List<QuoteView> inBody = article.quotes().stream().filter(q -> !q.inTitle()).toList();
        String title = article.title() == null ? "" : article.title();
        html(ctx, "article.jte", new Models.Article(frame(title.isEmpty() ? "Article " + id : title), article,
                MarkedText.of(title, inTitle), MarkedText.of(article.body(), inBody), article.quotes()));
    }

    void contradictions(Context ctx, boolean api) {
        String kind = Params.oneOf(ctx, "kind", KINDS);
        String speaker = Params.text(ctx, "speaker");
        Double minStrength = Params.fraction(ctx, "min_strength");
        Long story = Params.positive(ctx, "story");
        int page = Params.page(ctx);
        int limit = Params.limit(ctx, api ? 50 : PAGE_SIZE);
        Paged<ContradictionView> found = store.read(b -> b.contradictions(
                new ContradictionFilter(kind, speaker, minStrength, story), page, limit));
        if (api) {
            json(ctx, JsonRows.paged(found, found.items().stream().map(JsonRows::contradiction).toList()));
        } else {
            html(ctx, "contradictions.jte", new Models.Contradictions(frame("Contradictions"), kind, speaker,
                    minStrength, story, KINDS.stream().sorted().toList(), found, ctx.queryString()));
        }
    }

    void outlets(Context ctx, boolean api) {
        int page = Params.page(ctx);
        int limit = Params.limit(ctx, 100);
        List<OutletView> all = store.read(b -> b.outlets());
        Paged<OutletView> outlets = Paged.of(all, page, limit);
        if (api) {
            json(ctx, JsonRows.paged(outlets, outlets.items().stream().map(JsonRows::outlet).toList()));
        } else {
            html(ctx, "outlets.jte", new Models.Outlets(frame("Outlets"), outlets.items(),
                    OutletBars.of(outlets.items())));
        }
    }

    void stories(Context ctx, boolean api) {
        int page = Params.page(ctx);
        int limit = Params.limit(ctx, api ? 50 : PAGE_SIZE);
        Paged<StoryView> found = store.read(b -> b.stories(page, limit));
        if (api) {
            json(ctx, JsonRows.paged(found, found.items().stream().map(JsonRows::story).toList()));
        } else {
            html(ctx, "stories.jte", new Models.Stories(frame("Stories"), found, ctx.queryString()));
        }
    }

    void story(Context ctx, boolean api) {
        long id = Params.id(ctx);
        StoryReport report = store.read(b -> b.story(id)).orElseThrow(() -> new NotFound("no story with id " + id));
        if (api) {
            // paged as every other list (DESIGN.md): a large story's claims and contradictions run to thousands
            int page = Params.page(ctx);
            int limit = Params.limit(ctx, 50);
            Paged<ClaimView> claims = Paged.of(report.claims(), page, limit);
            Paged<ContradictionView> contradictions = Paged.of(report.contradictions(), page, limit);
            var body = JsonRows.story(report.story());
            body.put("page", page);
            body.put("limit", limit);
            body.put("claims", JsonRows.paged(claims, claims.items().stream().map(JsonRows::claim).toList()));
            body.put("contradictions", JsonRows.paged(contradictions,
                    contradictions.items().stream().map(JsonRows::contradiction).toList()));
            json(ctx, body);
            return;
        }
        html(ctx, "story.jte", new Models.Story(frame(report.story().title() == null ? "Story " + id
                : report.story().title()), report, Timeline.of(report.articles()), storySpeakers(report)));
    }

    /** The speakers a story quotes, most quoted first. */
    static List<Models.StorySpeaker> storySpeakers(StoryReport report) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (SpeakerReport.ArticleQuotes a : report.articles()) {
            for (QuoteView q : a.quotes()) {
                if (q.speakerId() != null && q.speaker() != null) {
                    names.put(q.speakerId(), q.speaker());
                    counts.merge(q.speakerId(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Models.StorySpeaker(e.getKey(), names.get(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparingInt((Models.StorySpeaker s) -> -s.quotes())
                        .thenComparing(Models.StorySpeaker::name))
                .toList();
    }

    /** The answer to a request the app cannot serve: a page, or a JSON object under /api/. */
    void problem(Context ctx, int status, String reason) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            json(ctx, java.util.Map.of("status", status, "error", reason));
        } else {
            html(ctx, "problem.jte", new Models.Problem(frame(status == 404 ? "Not found" : "Error"), status, reason));
        }
    }

    /** The attribute that holds an answer's body as sent, for {@link PageCache}. */
    static final String BODY = "whosaid.body";

    private void html(Context ctx, String template, Object model) {
        ctx.html("");
        send(ctx, templates.render(template, model));
    }

    private static void send(Context ctx, String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ctx.attribute(BODY, bytes);
        ctx.result(bytes);
    }

    private void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8");
            send(ctx, json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
