package whosaid.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import whosaid.ingest.Article;
import whosaid.quotes.Quote;
import whosaid.quotes.QuoteDetector;
import whosaid.text.ArticleText;
import whosaid.text.TextLayer;
import whosaid.text.Token;
import whosaid.text.Tokenizer;
import whosaid.text.SentenceSplitter;
import whosaid.text.Span;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An analysis aid, not a test: detects and attributes the quotations of a JSONL corpus ({"id","title","text"} a line)
 * article by article, without the store or the corpus stages, and prints one JSON line a quotation in the field
 * names of `whosaid quotes --format jsonl` (the speaker is the article's own name for it, before linking across
 * articles), so a scorer can compare runs in seconds. With a second argument (an article id), prints that article's
 * sentences with the speech events the finder reads in each instead. Prints to the terminal only.
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) whosaid.attribution.AttributionDump FILE [ID]</pre>
 */
public final class AttributionDump {
    private AttributionDump() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        TextLayer layer = new TextLayer();
        QuoteDetector detector = new QuoteDetector();
        QuoteAttributor attributor = new QuoteAttributor();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        long nanos = 0;
        if (args[0].equals("-t")) {
            // a text of one's own, paragraphs split by blank lines: traced
            String body = args[1].replace("\\n", "\n");
            Article a = new Article("t", null, null, null, null, null, null, body, "dump", 1);
            ArticleText text = layer.of(null, body);
            List<Quote> quotes = detector.detect(text).stream().filter(q -> q.kind().speech()).toList();
            trace(a, text, quotes, attributor.analyse(text, a, quotes), out);
            out.flush();
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = json.readTree(line);
                String id = n.get("id").asText();
                if (args.length > 1 && !id.contains(args[1])) {
                    continue;
                }
                String title = n.hasNonNull("title") ? n.get("title").asText() : null;
                Article a = new Article(id, title, null, null, null, null, null, n.get("text").asText(), "dump", 1);
                long t0 = System.nanoTime();
                ArticleText text = layer.of(a.title(), a.body());
                List<Quote> quotes = detector.detect(text).stream().filter(q -> q.kind().speech()).toList();
                ArticleAttribution aa = attributor.analyse(text, a, quotes);
                nanos += System.nanoTime() - t0;
                if (args.length > 1) {
                    trace(a, text, quotes, aa, out);
                    continue;
                }
                java.util.Map<Integer, String> events = sentenceEvents(a, text, quotes);
                for (int qi = 0; qi < aa.attributions().size(); qi++) {
                    Attribution at = aa.attributions().get(qi);
                    ObjectNode o = json.createObjectNode();
                    o.put("article_id", id);
                    o.put("start", at.quote().start());
                    o.put("end", at.quote().end());
                    o.put("kind", at.quote().kind().name().toLowerCase());
                    o.put("speaker", at.speaker());
                    o.put("speaker_mention", at.mention());
                    o.put("cue", at.cue());
                    o.put("sieve", at.sieve());
                    o.put("events", events.get(qi));
                    out.println(json.writeValueAsString(o));
                }
            }
        }
        out.flush();
        System.err.printf("detect+attribute: %.1f s%n", nanos / 1e9);
    }

    /** For each quotation, the speech events the finder reads in its sentence ("cue<-subject/TYPE; …"). */
    private static java.util.Map<Integer, String> sentenceEvents(Article a, ArticleText text, List<Quote> quotes) {
        java.util.Map<Integer, String> out = new java.util.HashMap<>();
        String body = a.body();
        for (Span p : text.paragraphs()) {
            List<Token> toks = paragraphTokens(body, p, quotes);
            if (toks.stream().noneMatch(Token::isQuote)) {
                continue;
            }
            SpeechEventFinder finder = new SpeechEventFinder(toks, new MentionReader(body, toks));
            for (int[] s : SentenceSplitter.split(toks, text)) {
                StringBuilder sb = new StringBuilder();
                for (SpeechEvent ev : finder.find(s[0], s[1])) {
                    sb.append(ev.cue()).append("<-").append(ev.subject().text()).append('/')
                            .append(ev.subject().type()).append("; ");
                }
                for (int i = s[0]; i < s[1]; i++) {
                    if (toks.get(i).isQuote()) {
                        out.put(toks.get(i).quote(), sb.toString());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The paragraph's tokens with each of its quotations (marks included) as one quote token, as attribution reads
     * it.
     */
    private static List<Token> paragraphTokens(String body, Span p, List<Quote> quotes) {
        List<Span> spans = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quote q = quotes.get(qi);
            if (!q.inTitle() && q.start() >= p.start() && q.end() <= p.end()) {
                spans.add(new Span(Math.max(p.start(), q.start() - 1), Math.min(p.end(), q.end() + 1)));
                ids.add(qi);
            }
        }
        return Tokenizer.tokenize(body, p.start(), p.end(), spans, ids);
    }

    private static void trace(Article a, ArticleText text, List<Quote> quotes, ArticleAttribution aa, PrintStream out) {
        String body = a.body();
        for (Span p : text.paragraphs()) {
            List<Token> toks = paragraphTokens(body, p, quotes);
            SpeechEventFinder finder = new SpeechEventFinder(toks, new MentionReader(body, toks));
            for (int[] s : SentenceSplitter.split(toks, text)) {
                StringBuilder sb = new StringBuilder();
                for (int i = s[0]; i < s[1]; i++) {
                    Token t = toks.get(i);
                    sb.append(t.isQuote() ? "[Q" + t.quote() + "]" : t.text()).append(' ');
                }
                out.println("S: " + sb);
                Mention subj = finder.sentenceSubject(s[0], s[1]);
                if (subj != null) {
                    out.println("   subject: " + subj.text() + " " + subj.type());
                }
                for (SpeechEvent ev : finder.find(s[0], s[1])) {
                    out.println("   event: " + ev.cue() + " <- " + ev.subject().text() + " (" + ev.subject().type() + ")");
                }
                for (int i = s[0]; i < s[1]; i++) {
                    if (toks.get(i).isQuote()) {
                        Attribution at = aa.attributions().get(toks.get(i).quote());
                        out.println("   Q" + toks.get(i).quote() + " -> " + at.speaker() + " [" + at.mention() + "] "
                                + at.sieve() + " " + at.cue());
                    }
                }
            }
        }
    }
}
