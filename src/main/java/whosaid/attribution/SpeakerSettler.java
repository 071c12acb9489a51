package whosaid.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import whosaid.lexicon.WordList;

/**
 * Settles the stored speakers once a whole ingest is stored: a bare-surname entity ("Doe", all its name forms one
 * word) goes to the full-name person the corpus shows it to be. {@link SpeakerLinker} links article by article, so a
 * bare surname read before the full name was known, or while two people with that surname were equally salient, stays
 * an entity of its own; here every article is in view. Pure: no I/O.
 *
 * <p>The evidence is {@link SpeakerLinker}'s rule for a bare surname, applied to the corpus: it joins the one
 * named person (or entity of unknown kind) having a name form of two or more words ending in it; where several carry
 * it, the one quoted in at least {@value SpeakerLinker#SALIENT_ARTICLES} articles and
 * {@value SpeakerLinker#SALIENCE_RATIO} times as many as the next; otherwise it stays apart. Unnamed sources and
 * organisations are never merged, either way: a surname is a person's, and an organisation whose name ends in the
 * same word only makes the surname ambiguous. Full names that differ by a familiar given name ("Joe Doe", "Joseph
 * R. Doe") join too, when nothing contradicts it (see {@link #familiarForms}).
 */
public final class SpeakerSettler {
    /** Each familiar given name ("joe") and the full names it shortens ("joseph"). */
    private static final Map<String, Set<String>> FULL_GIVEN_NAMES = fullGivenNames();
    /** Marks and stops around a word: "Doe," and "(Doe)" are Doe; "J." is J. */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private static Map<String, Set<String>> fullGivenNames() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] row : WordList.rows("given-name-diminutives")) {
            out.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /**
     * The merges the stored speakers call for: each goes from a bare-surname entity, or a full name in a familiar
     * form's group, to an entity that is merged nowhere (no chains).
     */
    public List<SpeakerMerge> settle(List<CorpusSpeaker> speakers) {
        // Every full-name entity by the last word of its multi-word forms: a bare surname is looked up, never scanned.
        Map<String, Set<CorpusSpeaker>> carriers = new HashMap<>();
        List<CorpusSpeaker> bare = new ArrayList<>();
        List<CorpusSpeaker> named = new ArrayList<>();
        for (CorpusSpeaker s : speakers) {
            if (s.anonymous()) {
                continue;
            }
            String surname = bareSurname(s);
            if (surname != null) {
                if (s.kind() != SpeakerKind.ORGANISATION) {
                    bare.add(s);
                }
                continue;
            }
            if (s.kind() != SpeakerKind.ORGANISATION) {
                named.add(s);
            }
            for (String name : names(s)) {
                List<String> form = Names.tokens(name);
                if (form.size() >= 2 && writtenAsAName(name)) {
                    carriers.computeIfAbsent(Names.last(form), k -> new LinkedHashSet<>()).add(s);
                }
            }
        }
        Map<Long, CorpusSpeaker> into = familiarForms(named);
        List<SpeakerMerge> merges = new ArrayList<>();
        into.forEach((from, to) -> merges.add(new SpeakerMerge(from, to.id())));
        for (CorpusSpeaker s : bare) {
            if (!names(s).stream().allMatch(SpeakerSettler::writtenAsAName)) {
                continue;
            }
            // carriers joined by a familiar form are one person, not an ambiguity
            Set<CorpusSpeaker> people = new LinkedHashSet<>();
            for (CorpusSpeaker c : carriers.getOrDefault(bareSurname(s), Set.of())) {
                people.add(into.getOrDefault(c.id(), c));
            }
            CorpusSpeaker to = carrier(people);
            if (to != null) {
                merges.add(new SpeakerMerge(s.id(), to.id()));
            }
        }
        return merges;
    }

    /**
     * Full names that differ only by a familiar form of the given name ("Joe Doe", "Joseph R. Doe"): each such pair
     * is one person when nothing contradicts it, that is when no other entity is named with that familiar form and
     * surname, exactly one entity is named with a full name it shortens, and every given name either entity has
     * before that surname is that full name or a familiar form of it. Each group so joined goes to its most quoted
     * entity.
     *
     * @return for each entity merged away, the entity it goes to
     */
    private static Map<Long, CorpusSpeaker> familiarForms(List<CorpusSpeaker> named) {
        Map<String, Set<CorpusSpeaker>> byGivenAndSurname = new HashMap<>();
        Map<Long, Map<String, Set<String>>> givensBySurname = new HashMap<>();
        for (CorpusSpeaker s : named) {
            for (String name : names(s)) {
                List<String> t = Names.tokens(name);
                if (t.size() >= 2 && writtenAsAName(name)) {
                    byGivenAndSurname.computeIfAbsent(t.get(0) + " " + Names.last(t), k -> new LinkedHashSet<>())
                            .add(s);
                    givensBySurname.computeIfAbsent(s.id(), k -> new HashMap<>())
                            .computeIfAbsent(Names.last(t), k -> new HashSet<>()).add(t.get(0));
                }
            }
        }
        Map<Long, CorpusSpeaker> byId = new HashMap<>();
        Map<Long, Long> parent = new HashMap<>();
        for (CorpusSpeaker s : named) {
            byId.put(s.id(), s);
            givensBySurname.getOrDefault(s.id(), Map.of()).forEach((surname, givens) -> {
                for (String familiar : givens) {
                    Set<String> full = FULL_GIVEN_NAMES.getOrDefault(familiar, Set.of());
                    if (full.isEmpty() || byGivenAndSurname.get(familiar + " " + surname).size() != 1) {
                        continue;
                    }
                    Set<CorpusSpeaker> others = new LinkedHashSet<>();
                    for (String f : full) {
                        others.addAll(byGivenAndSurname.getOrDefault(f + " " + surname, Set.of()));
                    }
                    others.remove(s);
                    if (others.size() != 1) {
                        continue;
                    }
                    CorpusSpeaker other = others.iterator().next();
                    Set<String> both = new HashSet<>(givens);
                    both.addAll(givensBySurname.get(other.id()).get(surname));
                    if (full.stream().anyMatch(f -> oneGivenName(both, f))) {
                        long a = root(parent, s.id());
                        long b = root(parent, other.id());
                        if (a != b) {
                            parent.put(a, b);
                        }
                    }
                }
            });
        }
        Set<Long> joined = new TreeSet<>(parent.keySet());
        joined.addAll(parent.values());
        Map<Long, CorpusSpeaker> top = new HashMap<>();
        for (long id : joined) {
            top.merge(root(parent, id), byId.get(id), SpeakerSettler::moreQuoted);
        }
        Map<Long, CorpusSpeaker> into = new TreeMap<>();
        for (long id : joined) {
            CorpusSpeaker to = top.get(root(parent, id));
            if (to.id() != id) {
                into.put(id, to);
            }
        }
        return into;
    }

    /** Whether every given name is the full name or a familiar form of it (Joseph, Joe, Joey). */
    private static boolean oneGivenName(Set<String> givens, String full) {
        return givens.stream()
                .allMatch(g -> g.equals(full) || FULL_GIVEN_NAMES.getOrDefault(g, Set.of()).contains(full));
    }

    private static CorpusSpeaker moreQuoted(CorpusSpeaker a, CorpusSpeaker b) {
        if (a.articles() != b.articles()) {
            return a.articles() > b.articles() ? a : b;
        }
        return a.id() <= b.id() ? a : b;
    }

    private static long root(Map<Long, Long> parent, long id) {
        long r = id;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** The one carrier of a surname that may take its bare uses, or null when none or several equally may. */
    private static CorpusSpeaker carrier(Set<CorpusSpeaker> carriers) {
        if (carriers.isEmpty()) {
            return null;
        }
        List<CorpusSpeaker> ranked = new ArrayList<>(carriers);
        ranked.sort((a, b) -> Integer.compare(b.articles(), a.articles()));
        CorpusSpeaker top = ranked.get(0);
        if (top.kind() == SpeakerKind.ORGANISATION) {
            return null;
        }
        if (ranked.size() == 1) {
            return top;
        }
        int second = ranked.get(1).articles();
        boolean salient = top.articles() >= SpeakerLinker.SALIENT_ARTICLES
                && top.articles() >= SpeakerLinker.SALIENCE_RATIO * second;
        return salient ? top : null;
    }

    /** The one word every name form of the entity comes to ("Doe", "Mr. Doe"), or null for any other entity. */
    private static String bareSurname(CorpusSpeaker s) {
        String word = null;
        for (List<String> form : forms(s)) {
            if (form.size() != 1 || word != null && !word.equals(form.get(0))) {
                return null;
            }
            word = form.get(0);
        }
        return word;
    }

    /**
     * Whether a name form is written as a person's name in running text: every word capitalised but not in capitals
     * (an honorific, a suffix or a particle such as "van" or "al-" aside). "former Senator", "state Rep" and
     * "NEWSROOM Capital" are fragments or bodies, and a bare "NATO" is an acronym, not a surname.
     */
    static boolean writtenAsAName(String name) {
        for (String word : name.trim().split("\\s+")) {
            String core = EDGE_PUNCTUATION.matcher(word).replaceAll("");
            if (core.isEmpty()) {
                continue;
            }
            String lower = core.toLowerCase(Locale.ROOT);
            int hyphen = lower.indexOf('-');
            if (Lexicon.HONORIFICS.containsKey(lower) || Lexicon.NAME_SUFFIXES.contains(lower)
                    || Lexicon.NAME_PARTICLES.contains(lower)) {
                continue;
            }
            boolean particlePrefix = hyphen > 0 && Lexicon.NAME_PARTICLES.contains(lower.substring(0, hyphen));
            if (!particlePrefix && !Character.isUpperCase(core.codePointAt(0))) {
                return false;
            }
            boolean capitals = core.codePoints().filter(Character::isLetter).count() >= 2
                    && core.equals(core.toUpperCase(Locale.ROOT));
            if (capitals) {
                return false;
            }
        }
        return true;
    }

    /** The canonical name and every name form. */
    private static Set<String> names(CorpusSpeaker s) {
        Set<String> names = new LinkedHashSet<>(s.nameForms());
        names.add(s.canonicalName());
        return names;
    }

    /** The comparison tokens of the canonical name and every name form, the empty ones left out. */
    private static List<List<String>> forms(CorpusSpeaker s) {
        List<List<String>> out = new ArrayList<>();
        for (String name : names(s)) {
            List<String> t = Names.tokens(name);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
