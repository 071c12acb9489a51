package whosaid.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import whosaid.ingest.Article;

/**
 * Invents news articles for the benchmark: a small world of people, organisations and outlets, and stories that
 * several outlets report with the same speakers, so that grouping and contradictions get real work. Every name and
 * sentence is made up from the word lists below.
 *
 * <p>Deterministic: the same seed gives the same world, and the first N articles of a seed are always the same,
 * whatever N is asked for. The generator records who said each direct quotation, so tests can score the pipeline
 * against it.
 *
 * <p>A story is covered by {@link #ARTICLES_PER_STORY} articles from different outlets. The outlets repeat the same
 * statements (verbatim, cut short, or as a partial quote), and disagree on purpose: about one story in three has an
 * outlet that reports a different figure, and about one in three has a speaker denying another's claim.
 */
public final class ArticleGenerator {
    static final int ARTICLES_PER_STORY = 4;

    private static final String[] FIRST_MALE = ("Anton Bertil Casimir Dorian Emeric Florin Gideon Hollis Ivo Jarek "
            + "Kasimir Leontin Marek Nilo Oskar Pavel Quintus Radek Stellan Tobiah Ulric Valen Wendel Yorick").split(" ");
    private static final String[] FIRST_FEMALE = ("Adela Brisa Celine Dagny Elodie Fenna Greta Halina Ilse Jorun "
            + "Katell Liesel Maelle Nadia Orla Petra Runa Sigrid Tamsin Ulla Vesna Wilma Ysolde Zdenka").split(" ");
    private static final String[] SURNAME_HEADS = ("Vor Kal Bren Tor Mar Hal Dre Sel Quen Fal Gor Lun Ost Pel Rav "
            + "Sten Thal Ves Wyn Zar Ard Bel Cor Dun").split(" ");
    private static final String[] SURNAME_TAILS = ("esk imar oven ling ahr ecki unde orth ello ayne isse ofte "
            + "ander oric ewitz alle").split(" ");
    private static final String[] ROLES = {"interior minister", "finance minister", "health minister",
            "mayor of %s", "governor of %s province", "head of the %s port authority", "police chief in %s",
            "spokesperson for the national rail company", "chair of the farmers' association",
            "director of the regional hospital", "leader of the opposition", "energy minister",
            "chief executive of the %s water board", "army spokesperson", "head of the teachers' union"};
    private static final String[] PLACES = ("Arvelle Brontish Calder Dunmere Estrava Fellholm Garrow Hesketh "
            + "Istvale Jorvik Kestrel Lowmarsh Morrow Nesbury Orlen Pellam Quarry Rothe Selby Tarn Umber Veyl Westcliff "
            + "Yarrow").split(" ");
    private static final String[] OUTLETS = {"The Morning Ledger", "Northern Courier", "Harbour Times",
            "Meridian Wire", "The Evening Standard Bearer", "Valley Gazette", "Coastal Herald", "Capital Dispatch",
            "The Observer Post", "Riverside Chronicle", "Summit News", "The Daily Lantern"};
    private static final String[] ORGANISATIONS = {"the Ministry of Transport", "the national weather service",
            "the regional council", "the electricity regulator", "the harbour workers' union",
            "the central bank", "the public prosecutor's office", "the red cross society"};
    private static final String[] TOPICS = {"flood", "bridge", "strike", "budget", "fire", "fares", "hospital",
            "harvest"};
    private static final String[] CUES_AFTER = {"said", "told reporters", "added", "warned", "told the %s",
            "said in a statement", "insisted", "explained"};
    private static final String[] DISTRICT_ENDINGS = {"", "ford", "by", "wick", "stead", "ham", "ton", "dale",
            "mere", "holt"};

    /** One direct quotation the generator wrote, and who it says said it. */
    public record Truth(String text, String speaker) {
    }

    /** One generated article with what the generator knows about its quotations. */
    public record Generated(Article article, List<Truth> quotes) {
    }

    private record Person(String first, String last, boolean female, String role) {
        String full() {
            return first + " " + last;
        }

        String pronoun() {
            return female ? "she" : "he";
        }

        String honorific() {
            return female ? "Ms. " : "Mr. ";
        }
    }

    /** A story: what happened where, who speaks, the figure the outlets report, the statements that travel. */
    private record Story(int index, String topic, String place, String district, LocalDate day, Person lead,
                         Person second,
                         String organisation, int figure, int disputedFigure, boolean denial, String claim,
                         String secondClaim, String followUp) {
    }

    private final long seed;
    private final List<Person> people;

    public ArticleGenerator(long seed) {
        this.seed = seed;
        this.people = people(new Random(seed));
    }

    /** The first {@code count} articles of this seed. */
    public List<Generated> generate(int count) {
        List<Generated> out = new ArrayList<>(count);
        for (int s = 0; out.size() < count; s++) {
            Story story = story(s);
            for (int k = 0; k < ARTICLES_PER_STORY && out.size() < count; k++) {
                out.add(article(story, k));
            }
        }
        return out;
    }

    private static List<Person> people(Random random) {
        // Unique surnames, so the benchmark's truth is unambiguous (the seed tests cover shared surnames).
        List<Person> out = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        for (String head : SURNAME_HEADS) {
            for (String tail : SURNAME_TAILS) {
                surnames.add(head + tail);
            }
        }
        List<String> pool = new ArrayList<>(surnames);
        pool.sort(null);
        java.util.Collections.shuffle(pool, random);
        for (String last : pool) {
            boolean female = random.nextBoolean();
            String[] firsts = female ? FIRST_FEMALE : FIRST_MALE;
            String role = ROLES[random.nextInt(ROLES.length)];
            if (role.contains("%s")) {
                role = role.formatted(PLACES[random.nextInt(PLACES.length)]);
            }
            out.add(new Person(firsts[random.nextInt(firsts.length)], last, female, role));
        }
        return out;
    }

    private Story story(int index) {
        // Each story has its own random stream, so story k is the same whatever came before it.
        Random r = new Random(seed * 1_000_003L + index);
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        String place = PLACES[r.nextInt(PLACES.length)];
        // Speakers recur across stories: a pool that grows slowly with the corpus, as real news does.
        int span = Math.min(people.size(), 40 + index / 4);
        Person lead = people.get(r.nextInt(span));
        Person second = people.get(r.nextInt(span));
        while (second == lead) {
            second = people.get(r.nextInt(span));
        }
        int figure = 10 + r.nextInt(490);
        int disputed = r.nextInt(3) == 0 ? figure + 5 + r.nextInt(40) : -1;
        boolean denial = r.nextInt(3) == 0;
        String organisation = ORGANISATIONS[r.nextInt(ORGANISATIONS.length)];
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(index % 365);
        String district = district(index);
        return new Story(index, topic, place, district, day, lead, second, organisation, figure, disputed, denial,
                claim(topic, place, district, r), secondClaim(district, r), followUp(district, r));
    }

    /**
     * A district name of the story's own: real stories name their streets and quarters, and without such details
     * unrelated stories would share whole sentences, which real news rarely does.
     */
    private static String district(int index) {
        int heads = SURNAME_HEADS.length;
        int tails = SURNAME_TAILS.length;
        return SURNAME_HEADS[index % heads] + SURNAME_TAILS[(index / heads) % tails]
                + DISTRICT_ENDINGS[(index / (heads * tails)) % DISTRICT_ENDINGS.length];
    }

    private static String claim(String topic, String place, String district, Random r) {
        return compose(CLAIM, r).formatted(district + " in " + place);
    }

    /*
     * Statements are put together from three parts drawn apart, so that unrelated stories rarely share a whole
     * sentence (as in real news) while a story's own outlets repeat its statements word for word.
     */
    private static final String[][] SECOND_CLAIM = {
            {"Nobody in %s was warned", "The people of %s were never asked", "The families of %s heard nothing",
                    "Residents of %s were left waiting", "The shops in %s got no notice",
                    "Not one official came to %s", "The schools of %s were told last",
                    "The elderly in %s were forgotten"},
            {"until it was far too late", "while the money went elsewhere", "and the plans stayed in a drawer",
                    "although the warnings were clear", "despite months of letters", "even after the last disaster",
                    "because the deadline mattered more", "while the contractors were paid"},
            {"and that has to change", "and someone must answer for it", "and we will not forget it",
                    "which tells you everything", "and the figures prove it", "and the courts will hear of it",
                    "and the voters will remember", "which nobody has denied"}};
    private static final String[][] FOLLOW_UP = {
            {"Our crews worked through the night in %s", "I have met the families of %s",
                    "Every road into %s is being checked", "The engineers reached %s at dawn",
                    "We have doubled the teams in %s", "I spoke to the people of %s this morning",
                    "Extra buses were sent to %s", "Our inspectors have been to %s twice"},
            {"and they deserve the truth", "so nobody is left behind", "because speed matters now",
                    "though the weather is against us", "and the work is going well", "and help is on the way",
                    "so the repairs can start", "because trust has to be earned"},
            {"this week", "before the weekend", "whatever it costs", "without delay", "as promised", "at last",
                    "day and night", "from now on"}};

    private static final String[][] CLAIM = {
            {"The river defences of %s", "Every school in %s", "The old bridge at %s", "The bus depot in %s",
                    "The new clinic for %s", "The grain stores of %s", "The homes lost in %s",
                    "The flood wall around %s", "The water pipes under %s", "The market hall of %s",
                    "The power lines to %s", "The ferry link to %s"},
            {"will be rebuilt", "will get new money", "will reopen to the public", "will be repaired in full",
                    "will be paid for by the state", "will be finished", "will be inspected again",
                    "will be handed back to residents", "will be made safe", "will be open again"},
            {"by the end of the month", "before the winter", "within two weeks", "next spring",
                    "as soon as the money arrives", "before the elections", "after the holidays", "by the summer"}};
    private static final String[][] ORGANISATION_LINE = {
            {"monitoring the situation in %s", "in close contact with families in %s", "ready to help %s",
                    "studying the reports from %s", "sending staff to %s", "reviewing its plans for %s"},
            {"closely", "around the clock", "as a priority", "with the police", "with great care", "this week"}};
    private static final String[][] WAITED = {
            {"People in %s have waited", "The families of %s have been patient", "Shopkeepers in %s have waited",
                    "The farmers around %s have been patient", "Parents in %s have waited"},
            {"long enough for answers", "for months", "far too long", "since the spring", "without complaint"}};
    private static final String[][] KEEP_ASKING = {
            {"We will keep asking about %s", "We will be back in %s", "We will go on writing about %s",
                    "We will take %s to the courts", "We will raise %s in parliament"},
            {"until someone listens", "every single week", "for as long as it takes", "until the money comes",
                    "until there is a plan"}};
    private static final String[][] DENIAL = {
            {"Nothing in %s", "Not one job in %s", "None of the work for %s", "No payment to %s"},
            {"has been delayed", "is behind schedule", "was held back", "has been cancelled"}};
    private static final String[][] PROGRESS = {{"the work in %s", "the repairs in %s", "the clean-up of %s",
            "the help for %s", "the inquiry into %s"}, {"had barely begun", "was weeks behind", "had stalled",
            "was only on paper", "had not been paid for"}};
    private static final String[][] PRESSURE = {{"pressure grew on", "anger rose against", "questions mounted for",
            "criticism grew of"}, {"the authorities in %s", "the council over %s", "ministers over %s",
            "the contractors in %s"}};

    private static String secondClaim(String district, Random r) {
        return compose(SECOND_CLAIM, r).formatted(district);
    }

    private static String followUp(String district, Random r) {
        return compose(FOLLOW_UP, r).formatted(district);
    }

    private static String compose(String[][] parts, Random r) {
        StringBuilder out = new StringBuilder();
        for (String[] part : parts) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(part[r.nextInt(part.length)]);
        }
        return out.toString();
    }

    private Generated article(Story s, int k) {
        Random r = new Random((seed * 1_000_003L + s.index()) * 31 + k);
        String outlet = OUTLETS[(s.index() * 5 + k * 7) % OUTLETS.length];
        // One outlet of a disputed story gives the other figure: a numeric contradiction for the finder.
        int figure = s.disputedFigure() > 0 && k == ARTICLES_PER_STORY - 1 ? s.disputedFigure() : s.figure();
        Person lead = s.lead();
        Person second = s.second();
        List<String> paragraphs = new ArrayList<>();
        List<Truth> truth = new ArrayList<>();

        paragraphs.add(lede(s, figure, r));

        // The lead speaker's claim, in one of several shapes, full name at first mention.
        String claim = k == 2 ? shortened(s.claim()) : s.claim();
        String cue = cue(r, outlet);
        switch (r.nextInt(4)) {
            case 0 -> paragraphs.add("“" + claim + ",” " + cue(cue) + " " + lead.full() + ", the " + lead.role() + ".");
            case 1 -> paragraphs.add("“" + claim + ",” " + lead.full() + ", the " + lead.role() + ", " + cue + ".");
            case 2 -> paragraphs.add(lead.full() + ", the " + lead.role() + ", said: “" + claim + ".”");
            default -> paragraphs.add(capitalise(lead.role()) + " " + lead.full() + " told reporters on "
                    + weekday(s.day()) + ": “" + claim + ".”");
        }
        truth.add(new Truth(claim, lead.full()));

        // A pronoun continuation in the next paragraph.
        paragraphs.add("“" + s.followUp() + ",” " + lead.pronoun() + " added.");
        truth.add(new Truth(s.followUp(), lead.full()));

        // Reported speech with the surname, and the figure.
        paragraphs.add(lead.last() + " said that " + figure + " " + unitOf(s.topic()) + " in " + s.district()
                + " had been affected so far.");

        // The second speaker: a descriptor or "according to", then a partial quote.
        if (r.nextBoolean()) {
            paragraphs.add("According to " + second.full() + ", the " + second.role() + ", "
                    + compose(PROGRESS, r).formatted(s.district()) + ". "
                    + "“" + s.secondClaim() + ",” " + second.last() + " said.");
        } else {
            paragraphs.add(second.full() + ", the " + second.role() + ", was less sure. “" + s.secondClaim()
                    + ",” " + second.pronoun() + " warned.");
        }
        truth.add(new Truth(s.secondClaim(), second.full()));
        paragraphs.add(second.honorific() + second.last() + " called the promise “" + partial(r)
                + "” and asked for the figures to be published.");

        // A multi-paragraph quotation: the first paragraph stays open, the next one reopens the marks.
        if (r.nextInt(3) == 0) {
            String first = compose(WAITED, r).formatted(s.district());
            String more = compose(KEEP_ASKING, r).formatted(s.district());
            paragraphs.add(second.last() + " went further. “" + first + ".");
            paragraphs.add("“" + more + ",” " + second.pronoun() + " said.");
            truth.add(new Truth(more, second.full()));
        }

        // An organisation speaks and is taken up by "it".
        paragraphs.add(capitalise(s.organisation()) + " said in a statement that it was “"
                + compose(ORGANISATION_LINE, r).formatted(s.district())
                + "” and would publish its own figures.");

        if (s.denial() && k % 2 == 1) {
            String denial = compose(DENIAL, r).formatted(s.district());
            paragraphs.add(lead.last() + " denied that the work had been delayed. “" + denial + ",” "
                    + lead.pronoun() + " said.");
            truth.add(new Truth(denial, lead.full()));
        }

        paragraphs.add("The council of " + s.place() + " is expected to discuss " + s.district()
                + " again at its next meeting.");

        String title = headline(s, figure);
        String body = String.join("\n\n", paragraphs);
        String byline = "By " + byline(r);
        Article article = new Article("bench-" + s.index() + "-" + k, title, null, outlet, byline,
                s.day().plusDays(k % 2).toString(), "https://news.example/" + s.index() + "/" + k, body,
                "generated", s.index() * ARTICLES_PER_STORY + k + 1);
        return new Generated(article, List.copyOf(truth));
    }

    private static String lede(Story s, int figure, Random r) {
        // Several wordings a topic, each counting something else, as reporters word the same kind of event apart.
        int form = s.index() % 3;
        String where = s.place();
        String what = switch (s.topic() + form) {
            case "flood0" -> "Floodwater forced " + figure + " families from their homes in " + where;
            case "flood1" -> "Rising water cut " + figure + " villages off near " + where;
            case "flood2" -> "The river burst its banks at " + where + ", leaving " + figure + " streets under water";
            case "bridge0" -> "The closure of the main bridge at " + where + " has cut off " + figure + " homes";
            case "bridge1" -> "Engineers shut " + figure + " roads around " + where + " after cracks appeared";
            case "bridge2" -> "Drivers face detours of " + figure + " kilometres since the bridge at " + where
                    + " closed";
            case "strike0" -> "A strike by " + figure + " transport workers halted services in " + where;
            case "strike1" -> "Bus drivers walked out at " + figure + " depots across " + where;
            case "strike2" -> "Teachers kept " + figure + " schools shut in " + where + " for a second day";
            case "budget0" -> "A budget shortfall of " + figure + " million has left schools in " + where
                    + " without repairs";
            case "budget1" -> "Councillors in " + where + " cut " + figure + " jobs to balance the books";
            case "budget2" -> "The treasury froze " + figure + " grants meant for " + where;
            case "fire0" -> "A fire destroyed " + figure + " homes on the edge of " + where;
            case "fire1" -> "Firefighters battled flames across " + figure + " hectares of forest near " + where;
            case "fire2" -> "Smoke from a warehouse blaze forced " + figure + " pupils out of class in " + where;
            case "fares0" -> "Bus fares in " + where + " rose by " + figure + " cents";
            case "fares1" -> "Commuters in " + where + " will pay " + figure + " more a year for rail passes";
            case "fares2" -> "Ferry tickets to " + where + " went up for " + figure + " routes";
            case "hospital0" -> "Waiting lists at the hospital in " + where + " grew by " + figure + " patients";
            case "hospital1" -> "The hospital in " + where + " closed " + figure + " beds for lack of nurses";
            case "hospital2" -> "Ambulances waited " + figure + " minutes on average outside the clinic in " + where;
            case "harvest0" -> "A failed harvest cost farmers around " + where + " " + figure + " tonnes of grain";
            case "harvest1" -> "Drought withered " + figure + " fields of barley outside " + where;
            default -> "Hail ruined the crops of " + figure + " orchards near " + where;
        };
        return what + " in the " + s.district() + " district on " + weekday(s.day()) + ", officials said"
                + (r.nextBoolean() ? "." : ", as " + compose(PRESSURE, r).formatted(s.district()) + ".");
    }

    private static String headline(Story s, int figure) {
        return capitalise(s.topic()) + " in " + s.place() + ": " + figure + " " + unitOf(s.topic())
                + " hit as officials promise action";
    }

    private static String unitOf(String topic) {
        return switch (topic) {
            case "flood", "fire", "bridge" -> "homes";
            case "strike" -> "workers";
            case "hospital" -> "patients";
            case "harvest" -> "farms";
            default -> "schools";
        };
    }

    private static String cue(Random r, String outlet) {
        String cue = CUES_AFTER[r.nextInt(CUES_AFTER.length)];
        return cue.contains("%s") ? cue.formatted(outlet) : cue;
    }

    /** "said X" reads well inverted; "told reporters X" does not, so inverted cues fall back to "said". */
    private static String cue(String cue) {
        return cue.indexOf(' ') < 0 ? cue : "said";
    }

    private static String shortened(String claim) {
        String[] words = claim.split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.max(4, words.length - 3)));
    }

    private static String partial(Random r) {
        return new String[] {"a promise on paper", "too little, too late", "a first step", "an insult to the victims",
                "wishful thinking"}[r.nextInt(5)];
    }

    private static String byline(Random r) {
        String[] firsts = r.nextBoolean() ? FIRST_FEMALE : FIRST_MALE;
        return firsts[r.nextInt(firsts.length)] + " " + SURNAME_HEADS[r.nextInt(SURNAME_HEADS.length)]
                + SURNAME_TAILS[r.nextInt(SURNAME_TAILS.length)].toLowerCase();
    }

    private static String weekday(LocalDate day) {
        String name = day.getDayOfWeek().toString();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
