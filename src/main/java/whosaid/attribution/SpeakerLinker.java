package whosaid.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Links each article's speakers to one entity across articles, incrementally: load the known speakers, call
 * {@link #link} for every speaker of a new article, persist what {@link #speakers} returns. Pure: no I/O.
 *
 * <p>Evidence needed to merge two names, strongest first: a shared name form of two or more words; one
 * multi-word form contained in the other with the same last word (Khawaja Asif ⊂ Khawaja Muhammad Asif); the
 * same last word and given names within a small edit distance (a transliteration variant: Zabiullah/Zabihullah);
 * the same last word and the same role. A shared first word is never enough (Khawaja Asif ≠ Asif Durrani). A bare
 * surname links only when exactly one known person carries it. Organisations merge when their names say the same words in another order or form
 * ({@link OrganisationNames}). Unnamed sources never merge: two "officials" in two articles are not known to be one
 * person. A person and an organisation merge only on an identical name of two or more words, and then the entity is
 * whichever kind most articles read it as: one article that reads "Ana Ruiz" as a body (from "the Ana Ruiz
 * campaign") does not make a second Ana Ruiz.
 */
public final class SpeakerLinker {
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** An office's description without the filler of a body's name: "affairs" may tell two offices apart. */
    private static final Set<String> OFFICE_FILLERS = Lexicon.ORGANISATION_NAME_FILLERS.stream()
            .filter(w -> !w.equals("affairs")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final List<KnownSpeaker> speakers = new ArrayList<>();
    /**
     * Positions in {@link #speakers} of those with a name form ending in the key. Every kind of evidence needs the
     * same last word, so only these are scored: scanning every known speaker for every link made linking grow with
     * the square of the corpus.
     */
    private final Map<String, TreeSet<Integer>> byLastWord = new HashMap<>();
    /** Positions of the named organisations, which {@link OrganisationNames} may match by other words. */
    private final TreeSet<Integer> organisations = new TreeSet<>();
    /** Positions of the speakers whose role holds the key word: an office ("the interior minister") is looked up here. */
    private final Map<String, TreeSet<Integer>> byRoleWord = new HashMap<>();
    private long nextId;
    /**
     * For each speaker id, how many articles named it by each full form. The canonical name is the form most articles
     * use, not the longest: a longer form seen once is as often a headline fragment or a label glued to the name
     * ("Rival Jane Doe") as a fuller name.
     */
    private final Map<Long, Map<String, Integer>> formVotes = new HashMap<>();
    /** For each speaker id, how many articles read it as a person and as an organisation ([person, organisation]). */
    private final Map<Long, int[]> kindVotes = new HashMap<>();
    /** The evidence of one name form of two or more words shared exactly. */
    private static final int IDENTICAL_FULL_NAME = 5;
    /** A bare surname shared by several known people goes to one only when it is this much more often named... */
    static final int SALIENCE_RATIO = 3;
    /** ... and named in at least this many articles: two mentions against none prove nothing. */
    static final int SALIENT_ARTICLES = 3;

    public SpeakerLinker(List<KnownSpeaker> known) {
        for (KnownSpeaker k : known) {
            add(k);
        }
        nextId = known.stream().mapToLong(KnownSpeaker::id).max().orElse(0) + 1;
    }

    public List<KnownSpeaker> speakers() {
        return List.copyOf(speakers);
    }

    public LinkedSpeaker link(ArticleSpeaker s) {
        int match = s.anonymous() ? byOffice(s) : find(s);
        if (match < 0 && s.anonymous() && s.kind() == SpeakerKind.ORGANISATION && namesAPlace(s.name())) {
            // "the foreign ministry of Ruritania" reads as a description but names one body
            match = find(s);
        }
        if (match < 0) {
            KnownSpeaker k = new KnownSpeaker(nextId++, s.name(), s.kind(), s.role(), s.anonymous(), s.aliases());
            add(k);
            vote(k.id(), s);
            return new LinkedSpeaker(k, true, false, k.aliases());
        }
        KnownSpeaker old = speakers.get(match);
        Set<String> aliases = new LinkedHashSet<>(old.aliases());
        Set<String> added = new LinkedHashSet<>();
        for (String a : s.aliases()) {
            if (aliases.add(a)) {
                added.add(a);
            }
        }
        String canonical = old.canonicalName();
        boolean renamed = false;
        if (!s.anonymous()) {
            vote(old.id(), s);
            String best = mostUsedForm(old.id(), canonical);
            if (!best.equals(canonical)) {
                canonical = best;
                renamed = true;
            }
        }
        SpeakerKind kind = voteKind(old.id(), s.anonymous() ? SpeakerKind.UNKNOWN : s.kind(), old.kind());
        if (s.anonymous()) {
            aliases = new LinkedHashSet<>(old.aliases()); // a description is not a name form
            added.clear();
        }
        KnownSpeaker updated = new KnownSpeaker(old.id(), canonical, kind, old.role() != null ? old.role() : s.role(),
                false, aliases);
        speakers.set(match, updated);
        indexNames(match, updated);
        return new LinkedSpeaker(updated, false, renamed, added);
    }

    private void voteKind(long id, SpeakerKind kind) {
        int[] votes = kindVotes.computeIfAbsent(id, x -> new int[2]);
        if (kind == SpeakerKind.PERSON) {
            votes[0]++;
        } else if (kind == SpeakerKind.ORGANISATION) {
            votes[1]++;
        }
    }

    /** Counts one article's reading of the kind; the kind most articles read wins, a tie keeps the current one. */
    private SpeakerKind voteKind(long id, SpeakerKind kind, SpeakerKind current) {
        voteKind(id, kind);
        int[] votes = kindVotes.get(id);
        if (votes[0] > votes[1]) {
            return SpeakerKind.PERSON;
        }
        if (votes[1] > votes[0]) {
            return SpeakerKind.ORGANISATION;
        }
        return current == SpeakerKind.UNKNOWN ? kind : current;
    }

    private void vote(long id, ArticleSpeaker s) {
        if (!s.anonymous()) {
            formVotes.computeIfAbsent(id, x -> new HashMap<>()).merge(s.name(), 1, Integer::sum);
        }
    }

    /**
     * The form most articles used; among equals the one of more words (the fuller name). A stored speaker's
     * canonical name counts as one article's vote, so a new run only renames it on more evidence.
     */
    private String mostUsedForm(long id, String current) {
        Map<String, Integer> votes = formVotes.computeIfAbsent(id, x -> new HashMap<>());
        votes.putIfAbsent(current, 1);
        String best = current;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            int w = Names.tokens(e.getKey()).size();
            int bw = Names.tokens(best).size();
            int v = e.getValue();
            int bv = votes.get(best);
            if (w >= 2 && (bw < 2 || v > bv || v == bv && w > bw && !roleBefore(e.getKey(), best)
                    || v == bv && w < bw && roleBefore(best, e.getKey()))) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * True when the longer form is the shorter one after a role word that a sentence's capital made look like part of
     * the name ("Journalist Ana Ruiz", "Pastor Ivo Dent" beside "Ana Ruiz", "Ivo Dent"): the role is no name.
     */
    private static boolean roleBefore(String longer, String shorter) {
        List<String> l = Names.tokens(longer);
        List<String> s = Names.tokens(shorter);
        if (s.size() < 2 || l.size() <= s.size() || !l.subList(l.size() - s.size(), l.size()).equals(s)) {
            return false;
        }
        for (String w : l.subList(0, l.size() - s.size())) {
            if (!Lexicon.isPersonNoun(w) && !Lexicon.isTitleWord(w)) {
                return false;
            }
        }
        return true;
    }

    private void add(KnownSpeaker k) {
        voteKind(k.id(), k.kind());
        speakers.add(k);
        indexNames(speakers.size() - 1, k);
    }

    /** Positions of the speakers whose role holds one of the words (the word held by fewest), a superset of fits. */
    private Set<Integer> holdingRoleWords(Set<String> words) {
        Set<Integer> best = null;
        for (String w : words) {
            Set<Integer> holders = byRoleWord.getOrDefault(w, new TreeSet<>());
            if (best == null || holders.size() < best.size()) {
                best = holders;
            }
        }
        return best == null ? Set.of() : best;
    }

    private void indexNames(int position, KnownSpeaker k) {
        if (k.kind() == SpeakerKind.ORGANISATION && !k.anonymous()) {
            organisations.add(position);
        } else {
            organisations.remove(position);
        }
        if (k.role() != null) {
            for (String w : NON_LETTERS.split(k.role().toLowerCase(Locale.ROOT))) {
                byRoleWord.computeIfAbsent(w, x -> new TreeSet<>()).add(position);
            }
        }
        for (String alias : k.aliases()) {
            List<String> t = Names.tokens(alias);
            if (!t.isEmpty()) {
                byLastWord.computeIfAbsent(Names.last(t), x -> new TreeSet<>()).add(position);
            }
        }
    }

    /** Positions of the known speakers that share a last word with one of the forms, in list order. */
    private TreeSet<Integer> sharingLastWord(List<List<String>> forms) {
        TreeSet<Integer> out = new TreeSet<>();
        for (List<String> f : forms) {
            out.addAll(byLastWord.getOrDefault(Names.last(f), new TreeSet<>()));
        }
        return out;
    }

    private int find(ArticleSpeaker s) {
        List<List<String>> forms = new ArrayList<>();
        for (String a : s.aliases()) {
            List<String> t = Names.tokens(a);
            if (!t.isEmpty()) {
                forms.add(t);
            }
        }
        boolean onlyBare = forms.stream().allMatch(f -> f.size() == 1);
        int best = -1;
        int bestScore = 0;
        TreeSet<Integer> candidates = sharingLastWord(forms);
        if (s.kind() == SpeakerKind.ORGANISATION) {
            // Organisations also match by their words in another order or form, whatever word they end in.
            candidates.addAll(organisations);
        }
        for (int i : candidates) {
            KnownSpeaker k = speakers.get(i);
            if (k.anonymous()) {
                continue;
            }
            int score = evidence(forms, s, k);
            if (!compatibleKinds(k.kind(), s.kind()) && score < IDENTICAL_FULL_NAME) {
                continue;
            }
            if (s.kind() == SpeakerKind.ORGANISATION && k.kind() == SpeakerKind.ORGANISATION
                    && OrganisationNames.sameBody(s.aliases(), k.aliases())) {
                score = Math.max(score, 5);
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best >= 0 && !onlyBare && bestScore < 3) {
            // A speaker with a full name is someone else than a known person it shares only a surname with
            // (Imran Khan is not Muhammad Ibrahim Khan); full names need full-name evidence.
            return -1;
        }
        if (best >= 0 && onlyBare) {
            return bareSurname(forms.isEmpty() ? "" : forms.get(0).get(0), s.kind());
        }
        return best;
    }

    /**
     * A bare surname ("Obama said") links to the one known person whose full name ends in it. Where several do,
     * it goes to the one the corpus has made salient: named in at least {@value #SALIENT_ARTICLES} articles and
     * {@value #SALIENCE_RATIO} times as many as any other; otherwise it is ambiguous and joins no full name. Every
     * unresolved bare use of it is then one entity (the bare name), not one per article.
     */
    private int bareSurname(String surname, SpeakerKind kind) {
        List<Integer> full = new ArrayList<>();
        List<Integer> bare = new ArrayList<>();
        for (int i : byLastWord.getOrDefault(surname, new TreeSet<>())) {
            KnownSpeaker k = speakers.get(i);
            if (k.anonymous() || !compatibleKinds(k.kind(), kind)) {
                continue;
            }
            boolean carries = false;
            boolean fullName = false;
            for (String a : k.aliases()) {
                List<String> t = Names.tokens(a);
                if (!t.isEmpty() && Names.last(t).equals(surname)) {
                    carries = true;
                    fullName |= t.size() >= 2;
                }
            }
            if (carries) {
                (fullName ? full : bare).add(i);
            }
        }
        if (full.size() == 1) {
            return full.get(0);
        }
        if (full.size() > 1) {
            full.sort((x, y) -> Integer.compare(articles(speakers.get(y).id()), articles(speakers.get(x).id())));
            int top = articles(speakers.get(full.get(0)).id());
            int second = articles(speakers.get(full.get(1)).id());
            if (top >= SALIENT_ARTICLES && top >= SALIENCE_RATIO * second) {
                return full.get(0);
            }
        }
        return bare.isEmpty() ? -1 : bare.get(0);
    }

    /** How many articles of this run named the speaker (a stored speaker counts as one). */
    private int articles(long id) {
        Map<String, Integer> votes = formVotes.get(id);
        return votes == null ? 1 : Math.max(1, votes.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * An unnamed source described by a specific office ("Pakistan’s foreign minister", "the Qatari defence
     * minister") is the one known named person whose role holds every word of that description; a bare "the
     * minister" or "an official" stays unnamed, and so does a description that fits two known people.
     */
    private int byOffice(ArticleSpeaker s) {
        String text = s.name();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("another ")) {
            return -1;
        }
        Set<String> words = new HashSet<>();
        boolean office = false;
        for (String w : NON_LETTERS.split(lower)) {
            if (w.isEmpty() || OFFICE_FILLERS.contains(w)) {
                continue;
            }
            words.add(w);
            office |= Lexicon.TITLES.contains(w) || Lexicon.PERSON_ROLES.contains(w);
        }
        if (!office || words.size() < 3) {
            return -1;
        }
        int found = -1;
        for (int i : holdingRoleWords(words)) {
            KnownSpeaker k = speakers.get(i);
            if (k.anonymous() || k.role() == null || k.kind() == SpeakerKind.ORGANISATION) {
                continue;
            }
            Set<String> role = new HashSet<>(List.of(NON_LETTERS.split(k.role().toLowerCase(Locale.ROOT))));
            if (role.containsAll(words)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** A description with a proper noun past its first word ("the ministry of Ruritania", not "the ministry"). */
    private static boolean namesAPlace(String description) {
        String[] words = description.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatibleKinds(SpeakerKind a, SpeakerKind b) {
        return a == b || a == SpeakerKind.UNKNOWN || b == SpeakerKind.UNKNOWN;
    }

    /** 0 for no evidence; higher is stronger. */
    private static int evidence(List<List<String>> forms, ArticleSpeaker s, KnownSpeaker k) {
        int score = 0;
        Set<String> roleWords = roleWords(s.role());
        boolean sameRole = !roleWords.isEmpty() && roleWords.equals(roleWords(k.role()));
        for (String alias : k.aliases()) {
            List<String> kt = Names.tokens(alias);
            if (kt.isEmpty()) {
                continue;
            }
            for (List<String> f : forms) {
                if (!Names.last(f).equals(Names.last(kt))) {
                    continue;
                }
                if (f.equals(kt)) {
                    score = Math.max(score, f.size() >= 2 ? 5 : 2);
                } else if (f.size() >= 2 && kt.size() >= 2 && (kt.containsAll(f) || f.containsAll(kt))) {
                    score = Math.max(score, 4);
                } else if (f.size() == kt.size() && f.size() >= 2 && closeGivenNames(f, kt)) {
                    score = Math.max(score, 3);
                } else if (f.size() == 1 && kt.size() >= 2) {
                    // a bare surname: weak evidence, kept only when one known person carries it (see find)
                    score = Math.max(score, 1);
                } else if (sameRole && (f.size() == 1 || kt.size() == 1)) {
                    // the same role backs a bare surname; two different given names are two people
                    score = Math.max(score, 1);
                }
            }
        }
        return score;
    }

    private static boolean closeGivenNames(List<String> a, List<String> b) {
        return Names.spellingVariants(a, b);
    }

    private static Set<String> roleWords(String role) {
        Set<String> out = new HashSet<>();
        if (role == null) {
            return out;
        }
        for (String w : NON_LETTERS.split(role.toLowerCase(Locale.ROOT))) {
            if (Lexicon.PERSON_ROLES.contains(w) || Lexicon.TITLES.contains(w) || Lexicon.ROLE_MODIFIERS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
