package whosaid.query;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names are compared when a user asks for a speaker: case, accents, punctuation, honorifics
 * and odd spaces (no-break, narrow no-break) do not matter, so "mr. jane doe" finds "Jane Doe".
 */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.replaceAll("^(mr|mrs|ms|dr|sir|prof) ", "");
    }
}
