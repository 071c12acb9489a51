package whosaid.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import whosaid.store.DatabaseLocation;
import whosaid.store.StoreException;

/**
 * The web app behind {@code whosaid serve}: server-rendered pages that read without JavaScript and their JSON twins
 * under /api/, all reading one store through read-only connections. There is no write route: every route is a GET.
 */
public final class WebApp implements AutoCloseable {
    /** Read-only connections: two cores, and a request mostly waits on SQLite, so a few more than cores. */
    private static final int CONNECTIONS = 4;
    /** Set when a handler already answered a 404 itself, so the catch-all page does not replace its reason. */
    private static final String ANSWERED = "whosaid.answered";

    private final StorePool store;
    private final Javalin server;

    private WebApp(StorePool store, Javalin server) {
        this.store = store;
        this.server = server;
    }

    /** Opens the store read-only, loads the matcher, and serves on host:port (port 0: any free port). */
    public static WebApp start(DatabaseLocation database, String host, int port) {
        StorePool store = new StorePool(database, CONNECTIONS);
        try {
            store.warmUp();
            Handlers h = new Handlers(store, new Templates(), database.shortName());
            PageCache cache = new PageCache();
            byte[] css = resource("/whosaid/web/style.css");
            Javalin server = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jetty.host = host;
                config.jetty.port = port;
                config.http.maxRequestSize = 16_384;
                var r = config.routes;
                r.get("/style.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                        .header("Cache-Control", "max-age=3600").result(css));
                r.get("/", cached(store, cache, h::home));
                both(config, store, cache, "/check", (ctx, api) -> h.check(ctx, api));
                both(config, store, cache, "/speakers", (ctx, api) -> h.speakers(ctx, api));
                both(config, store, cache, "/speakers/{id}", (ctx, api) -> h.speaker(ctx, api));
                both(config, store, cache, "/claims/{id}", (ctx, api) -> h.claim(ctx, api));
                both(config, store, cache, "/articles/{id}", (ctx, api) -> h.article(ctx, api));
                both(config, store, cache, "/contradictions", (ctx, api) -> h.contradictions(ctx, api));
                both(config, store, cache, "/outlets", (ctx, api) -> h.outlets(ctx, api));
                both(config, store, cache, "/stories", (ctx, api) -> h.stories(ctx, api));
                both(config, store, cache, "/stories/{id}", (ctx, api) -> h.story(ctx, api));
                r.exception(BadRequest.class, (e, ctx) -> h.problem(ctx, 400, e.getMessage()));
                r.exception(NotFound.class, (e, ctx) -> {
                    ctx.attribute(ANSWERED, true);
                    h.problem(ctx, 404, e.getMessage());
                });
                r.exception(StoreException.class, (e, ctx) -> h.problem(ctx, 500, e.getMessage()));
                r.exception(Exception.class, (e, ctx) -> h.problem(ctx, 500, "internal error: " + e));
                r.error(404, ctx -> {
                    if (ctx.attribute(ANSWERED) == null) {
                        h.problem(ctx, 404, "no page at " + ctx.path());
                    }
                });
                r.error(405, ctx -> h.problem(ctx, 405, "this app only reads: use GET"));
            }).start();
            return new WebApp(store, server);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private interface Twin {
        void handle(Context ctx, boolean api) throws Exception;
    }

    private static void both(io.javalin.config.JavalinConfig config, StorePool store, PageCache cache, String path,
                             Twin twin) {
        Handler page = cached(store, cache, ctx -> twin.handle(ctx, false));
        Handler api = cached(store, cache, ctx -> twin.handle(ctx, true));
        config.routes.get(path, page);
        config.routes.get("/api" + path, api);
    }

    /**
     * The handler, answering from the cache what it answered before while the store is unchanged. Only a 200 whose
     * body the handler recorded is kept: errors, redirects and anything else are answered afresh each time.
     */
    private static Handler cached(StorePool store, PageCache cache, Handler handler) {
        java.util.concurrent.ConcurrentHashMap<String, Object> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
        return ctx -> {
            String request = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            String mark = store.changeMark();
            PageCache.Page kept = cache.get(request, mark);
            if (kept != null) {
                ctx.contentType(kept.contentType()).result(kept.body());
                return;
            }
            // Requests for the same answer while it is being rendered wait for it rather than render it again.
            Object rendering = inFlight.computeIfAbsent(request, k -> new Object());
            try {
                synchronized (rendering) {
                    kept = cache.get(request, mark);
                    if (kept != null) {
                        ctx.contentType(kept.contentType()).result(kept.body());
                        return;
                    }
                    handler.handle(ctx);
                    byte[] body = ctx.attribute(Handlers.BODY);
                    String type = ctx.res().getContentType();
                    if (body != null && ctx.status().getCode() == 200 && type != null) {
                        cache.put(request, mark, new PageCache.Page(type, body));
                    }
                }
            } finally {
                inFlight.remove(request, rendering);
            }
        };
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
