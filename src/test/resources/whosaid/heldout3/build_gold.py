#!/usr/bin/env python3
"""Build heldout3-gold.json and heldout3-nearmiss.json from the hand annotation below (python3, stdlib only).

The annotation (articles, speakers, quotes, claim groups, indirect claims, contradictions, near-misses) is written by
hand in this file; the script only looks up line numbers and character offsets in heldout3-digest.txt so that they
cannot drift. Run it after any edit to the digest or to the annotation, then run ../dev/check_gold.py.
"""
import json, os, sys
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
DIGEST = os.path.join(here, "heldout3-digest.txt")
text = open(DIGEST, encoding="utf-8").read()
lines = text.split("\n")
starts, pos = [], 0
for l in lines:
    starts.append(pos); pos += len(l) + 1
arts, first = [], 0
for i, l in enumerate(lines):
    if l.strip() == "read more":
        arts.append((first, i)); first = i + 2

def span(n):
    """From the title line (a headline may hold a quote) up to the repeated title, which is excluded."""
    a0, a1 = arts[n - 1]
    return starts[a0], starts[a1 - 1]

def line_of(off):
    lo = 0
    for i, s in enumerate(starts):
        if s <= off: lo = i
        else: break
    return lo + 1

# ---------------------------------------------------------------- articles
# Four events: A water contamination in Dunmarrow (1-4), C heart-drug recall (5, 6, 9), B football club takeover
# in Calmore (7, 8, 10), D border flood on the river Saule (11-13). Six outlets.
ART = [
 ("Northgate Press Agency", "By Marisol Quenneville", "May 9, 2026", "2026-05-09", False,
  "Event A (Dunmarrow water), day 1. Wire style: `DUNMARROW, Brevonia (NPA) —` dateline; 42,000 households; split turn with `said Rosalind Pike, Fenlock’s chief executive` between the two parts; `Dr. … said` then `…,” Castellanos told a briefing`; organisation statement (`the statement said`); question quote with `he asked`."),
 ("Dunmarrow Courier", "By Declan Furey, Local Democracy Reporter", "Sunday, May 10, 2026", "2026-05-10", False,
  "Event A, day 2. Local paper with STRAIGHT quotes and apostrophes; 24,000 households (the wire and the Meridian: 42,000); Castellanos at the same Saturday briefing with the opposite expectation on lifting the notice (wording conflict); company statement after a colon (`the company repeated its apology:`); hospital figure updated 21 → 37 (the text says so) and 112 with symptoms (a different quantity); scare term \"Fenlock tea\"."),
 ("The Meridian", "By Leonie Abernathy-Cole", "Monday, May 11, 2026", "2026-05-11", True,
  "Event A, day 3. Broadsheet: standfirst, `Ms.`/`Dr.`, `DUNMARROW, Brevonia —`; Pike paraphrases her apology; a partial denial inside reported speech; Maalouf paraphrases her accusation; anonymous engineer named only in the paragraph before a two-paragraph quotation (first paragraph unclosed); org partials (`said in a statement that it was “…”`, `what it called “…”`); a sign's words and a TV documentary's title in marks."),
 ("BNC News", "By Nadia Korhonen, BNC News", "11 May 2026", "2026-05-11", False,
  "Event A, day 3. Broadcaster, one-sentence paragraphs; transcript-style interview (`Renn: “…”` / `Pike: “…”`, six turns, no speech verb); Pike's denial of the March warning; Castellanos verbatim the wire; `She said:`; `Councillor Grete Maalouf told BNC:`."),
 ("BNC News", "By Owen Talbot-Reyes, BNC News health correspondent", "12 May 2026", "2026-05-12", False,
  "Event C (Cardiloxan recall), day 1. Headline partial in single curly marks (‘extremely low’) whose speaker is known only from the body (Marchetti); `Its chief executive, Dr Ilse Marchetti, said:`; `she added`; statement after `Veltrix said:`; a quote paragraph with no attribution continuing Tallack's turn; 230,000 patients; 14 batches."),
 ("The Meridian", "By Julian Okereke-Marsh", "Tuesday, May 12, 2026", "2026-05-12", True,
  "Event C, day 1. Broadsheet; the standfirst is repeated verbatim as the first body paragraph (no quotes in it); Marchetti near-verbatim the BNC; Haddad partial with the full stop inside the marks followed at once by a direct quote; anonymous former quality manager (`he said`) accusing senior managers; speaker named after the quote; two polls of different populations; a book title."),
 ("The Touchline", "By , Sam Okoro and Jess Pryor", "13 May 2026", "2026-05-13", False,
  "Event B (Calmore Athletic takeover), day 1. Sports site, MALFORMED byline (`By , A and B`); price £58m (the wire: 72 million pounds); `Marsh-Tully said`, `he said` (Vetrano), `she said` / `Darrow added` (trust chair); gives “This club is not a property deal. It is the heart of this town” to Fenella Darrow (the Meridian: to Marsh-Tully); scare/label term “golden share”; a supporters' poll; the manager's words to a Portuguese paper, in one English translation."),
 ("Northgate Press Agency", "By Tomasz Ekwueme", "May 13, 2026", "2026-05-13", False,
  "Event B, day 1. Wire style: `CALMORE, Brevonia (NPA) —`; deal worth 72 million pounds (Touchline and Meridian: £58m); Marsh-Tully's words re-punctuated and truncated in a statement; anonymous source (`the person said`); Castanheira in a second translation (`according to a translation of the interview`); Ormonde partial; a residents' survey (a second poll)."),
 ("Northgate Press Agency", "By Hallie Brandt-Osei", "May 13, 2026", "2026-05-13", False,
  "Event C, day 2. Wire style; Veltrix chief executive Leary denies managers knew before 28 April (the Meridian's anonymous manager: they knew in January); a quotation that goes on over two paragraphs (second part of the first paragraph unclosed, continuation reopened); gives Marchetti's BNC words “The risk to any individual patient is extremely low” to Veltrix's medical director Haddad; the statement truncated; Tallack partial."),
 ("The Meridian", "By Imelda Farraday-Voss", "Thursday, May 14, 2026", "2026-05-14", True,
  "Event B, day 2. Broadsheet, `Mr.`; the Touchline's Darrow words given to Marsh-Tully (attribution conflict); a film title; an edited interview printed as alternating quoted turns with no attribution (questions by the sports editor Callum Ashdown, answers by Vetrano; speakers from the turn pattern only); Castanheira in a third translation after a colon; Darrow partial after `called`; speaker named after the quote."),
 ("Northgate Press Agency", "By Ruairi Vantongeren", "May 15, 2026", "2026-05-15", False,
  "Event D (Saule flood), day 1. Wire style, `HALLOWMERE, Brevonia (NPA) —`; deaths 9, updated from six (the text says so); river peak 7.4 meters (BNC: 4.7m); 1,800 evacuated vs 180 homes (different quantities); Tarvas translated (`according to an NPA translation`) vs Brightmore's denial in the next paragraph; `said Carrow, who has been mayor for nine years`; `she said` continuation paragraph."),
 ("BNC News", "By Gráinne Oduya, BNC News, Hallowmere", "16 May 2026", "2026-05-16", False,
  "Event D, day 2. Broadcaster, one-sentence paragraphs; river 4.7m (wire and Pradec Herald: 7.4); Brightmore paraphrases his own claim; Tarvas through an interpreter: “too early to hold anyone responsible” (the Pradec Herald, same news conference: “We hold the Brevonian government responsible”); Tarvas's claim in a second translation after a colon; shelters updated 4 → 7 (the text says so); dash re-punctuation of Hafsteen."),
 ("Pradec Herald", "By Mirela Stanek", "Saturday, 16 May 2026", "2026-05-16", False,
  "Event D, day 2. English edition of a Lutanian paper, `ZIRBEK —` dateline, `Ms` without a point; headline quote in double curly marks (Tarvas, named in the headline by surname); Tarvas's claim in a third translation; the opposite of her BNC words on responsibility (wording conflict); Brightmore's words repeated by the embassy, with credit (not an attribution conflict)."),
]

articles = []
for n, (outlet, braw, dline, iso, has_dek, note) in enumerate(ART, 1):
    a0, a1 = arts[n - 1]
    title = lines[a0]
    hdr = [i for i in range(a0 + 1, a1 - 1) if lines[i].strip()]
    di = next(i for i in hdr if lines[i] == dline)
    body0 = next(i for i in hdr if i > di)
    dek = lines[hdr[0]] if has_dek else None
    assert lines[a1 - 1] == title, n
    assert lines[di - 1] == outlet and lines[di - 2] == braw, n
    byline = braw[3:].split(",")[0].strip() if braw else None
    if braw and braw.startswith("By , "):
        byline = braw[5:]
    articles.append({"n": n, "title": title, "outlet": outlet, "byline": byline, "date": iso,
                     "first_line": lines[body0][:60], "byline_raw": braw, "dek": dek,
                     "lines": [a0 + 1, a1 + 1], "note": note})

# ---------------------------------------------------------------- speakers
P, O = "person", "organisation"
SPEAKERS = [
 # event A
 ("rosalind-pike", "Rosalind Pike", ["Rosalind Pike", "Pike", "Ms. Pike"], ["Fenlock’s chief executive", "Fenlock chief executive", "the chief executive of Fenlock Water", "chief executive of Fenlock Water", "The head of the company that supplies Dunmarrow’s water"], "Fenlock Water, chief executive", P),
 ("fenlock-water", "Fenlock Water", ["Fenlock Water", "Fenlock"], ["the city’s water company", "the company", "a short statement", "a statement"], "Dunmarrow's water company", O),
 ("anwen-castellanos", "Anwen Castellanos", ["Dr. Anwen Castellanos", "Dr Anwen Castellanos", "Anwen Castellanos", "Castellanos"], ["Its director of public health", "the health board's director of public health", "the city’s director of public health", "director of public health at the Dunmarrow Health Board"], "Dunmarrow Health Board, director of public health", P),
 ("colm-achterberg", "Colm Achterberg", ["Mayor Colm Achterberg", "Colm Achterberg"], ["Mayor"], "Mayor of Dunmarrow", P),
 ("drinking-water-inspectorate", "Brevonian Drinking Water Inspectorate", ["The Brevonian Drinking Water Inspectorate", "Brevonian Drinking Water Inspectorate", "The inspectorate", "the Inspectorate"], ["the statement", "a statement"], "National drinking-water regulator", O),
 ("hamid-serrat", "Hamid Serrat", ["Hamid Serrat"], ["who runs a bakery on Quayside Street", "whose Quayside Street bakery has been shut since Friday"], "Baker on Quayside Street", P),
 ("grete-maalouf", "Grete Maalouf", ["Grete Maalouf", "Ms. Maalouf", "Councillor Grete Maalouf", "Councillor Maalouf"], ["Green councillor", "a city councillor", "who sits on the city's environment committee"], "Dunmarrow city council (Green)", P),
 ("ashby-lane-engineer", "an engineer at Ashby Lane", ["An engineer who has worked at Ashby Lane for more than a decade"], ["who spoke on condition of anonymity because staff have been told not to talk to reporters"], "Fenlock Water, Ashby Lane works (anonymous)", P),
 ("jonah-klemm", "Jonah Klemm", ["Jonah Klemm"], ["Its spokesman"], "Brevonian Drinking Water Inspectorate, spokesman", P),
 ("tobias-renn", "Tobias Renn", ["Tobias Renn", "Renn"], ["the presenter"], "BNC, presenter of Sunday Politics", P),
 # event C
 ("ilse-marchetti", "Ilse Marchetti", ["Dr Ilse Marchetti", "Dr. Ilse Marchetti", "Ilse Marchetti", "Dr. Marchetti"], ["Its chief executive", "the agency’s chief executive"], "Brevonian Medicines Agency, chief executive", P),
 ("brevonian-medicines-agency", "Brevonian Medicines Agency", ["The Brevonian Medicines Agency", "Brevonian Medicines Agency", "BMA"], [], "Medicines regulator", O),
 ("veltrix-pharma", "Veltrix Pharma", ["Veltrix Pharma", "Veltrix"], ["the company", "a statement", "Brevonia’s largest drugmaker"], "Drugmaker", O),
 ("oisin-tallack", "Oisín Tallack", ["Oisín Tallack"], ["president of the Brevonian Pharmacists’ Guild", "of the Brevonian Pharmacists’ Guild"], "Brevonian Pharmacists’ Guild, president", P),
 ("pharmacists-guild", "Brevonian Pharmacists’ Guild", ["The Brevonian Pharmacists’ Guild", "Brevonian Pharmacists’ Guild"], [], "Pharmacists' association", O),
 ("maud-ellery", "Maud Ellery", ["Maud Ellery"], ["71, from Harwick", "a retired teacher in Harwick"], "Patient taking Cardiloxan", P),
 ("selim-haddad", "Selim Haddad", ["Dr. Selim Haddad", "Selim Haddad", "Haddad"], ["Veltrix’s medical director", "the company’s medical director"], "Veltrix Pharma, medical director", P),
 ("veltrix-former-manager", "a former quality manager at Kilnsey", ["a former quality manager at the Kilnsey plant"], ["who asked not to be named because he signed a confidentiality agreement when he left the company last year"], "Veltrix Pharma, Kilnsey plant, former quality manager (anonymous)", P),
 ("konstantin-leary", "Konstantin Leary", ["Konstantin Leary"], ["The chief executive of Veltrix Pharma"], "Veltrix Pharma, chief executive", P),
 # event B
 ("gideon-marsh-tully", "Gideon Marsh-Tully", ["Gideon Marsh-Tully", "Marsh-Tully", "Mr. Marsh-Tully"], ["Chairman", "chairman"], "Calmore Athletic, chairman (outgoing owner family)", P),
 ("darius-vetrano", "Darius Vetrano", ["Darius Vetrano", "Vetrano", "Mr. Vetrano"], ["the shipping heir", "who leads the consortium"], "Aurelian Sports Partners, leader", P),
 ("fenella-darrow", "Fenella Darrow", ["Fenella Darrow", "Darrow"], ["The trust’s chair", "who chairs the Calmore Athletic Supporters’ Trust"], "Calmore Athletic Supporters’ Trust, chair", P),
 ("supporters-trust", "Calmore Athletic Supporters’ Trust", ["The Calmore Athletic Supporters’ Trust", "Calmore Athletic Supporters’ Trust", "the trust"], [], "Supporters' trust", O),
 ("rui-castanheira", "Rui Castanheira", ["Rui Castanheira", "Castanheira"], ["Manager", "The club’s manager", "the manager"], "Calmore Athletic, manager", P),
 ("negotiations-source", "a person familiar with the negotiations", ["A person familiar with the negotiations", "the person"], ["who was not authorized to speak publicly"], "Anonymous source on the takeover talks", P),
 ("beatrix-ormonde", "Beatrix Ormonde", ["Beatrix Ormonde"], ["Calmore council leader", "the leader of Calmore council"], "Calmore council, leader", P),
 ("callum-ashdown", "Callum Ashdown", ["Callum Ashdown"], ["The Meridian’s sports editor"], "The Meridian, sports editor (interviewer)", P),
 # event D
 ("milena-tarvas", "Milena Tarvas", ["Milena Tarvas", "Tarvas", "Ms Tarvas"], ["Lutanian Prime Minister", "Lutania’s prime minister", "Prime Minister"], "Prime minister of Lutania", P),
 ("ansel-brightmore", "Ansel Brightmore", ["Ansel Brightmore"], ["Brevonia’s environment minister", "the minister"], "Government of Brevonia, environment minister", P),
 ("judith-carrow", "Judith Carrow", ["Judith Carrow", "Carrow"], ["the town’s mayor", "the mayor of Hallowmere", "who has been mayor for nine years"], "Mayor of Hallowmere", P),
 ("ingrid-hafsteen", "Ingrid Hafsteen", ["Ingrid Hafsteen"], ["coordinator of the Saule Valley Relief Society", "of the Saule Valley Relief Society"], "Saule Valley Relief Society, coordinator", P),
 ("tomas-weil", "Tomas Weil", ["Tomas Weil"], ["who farms on the river’s edge near Hallowmere"], "Farmer near Hallowmere", P),
 ("petar-osmak", "Petar Osmak", ["Petar Osmak"], ["Interior ministry spokesman"], "Lutanian interior ministry, spokesman", P),
 ("vesna-kral", "Vesna Kral", ["Vesna Kral"], ["78"], "Resident of Zirbek", P),
 ("brevonian-embassy", "Brevonian embassy in Pradec", ["the Brevonian embassy in Pradec"], ["a statement"], "Embassy of Brevonia in Lutania", O),
 ("lutanian-interior-ministry", "Lutanian interior ministry", ["Lutania’s interior ministry"], [], "Government of Lutania", O),
]
ANON = {"ashby-lane-engineer", "veltrix-former-manager", "negotiations-source"}
speakers = []
for sid, name, al, de, aff, kind in SPEAKERS:
    s = {"id": sid, "name": name, "aliases": al, "descriptors": de, "affiliation": aff, "kind": kind}
    if sid in ANON: s["anonymous"] = True
    speakers.append(s)

# ---------------------------------------------------------------- quotes
# (article, text, speaker, kind, cue, how, note[, extra dict])
D, PT = "direct", "partial"
SCARE, TITLE = {"label": "scare"}, {"label": "title"}
ENG1 = ("The dosing pump had been tripping for weeks, and everyone on site knew it. We logged it, we reset it, we logged it again. "
        "Nobody above us wanted to hear that it needed replacing, because replacing it means shutting a line down, and shutting a line down costs money.")
LEARY2 = ("I understand why patients are angry. I would be angry too. But the suggestion that we kept shipping tablets we knew "
          "were faulty is false, and I will say so to anyone who repeats it.")
Q = [
 # 1 Northgate, water day 1
 (1, "We are deeply sorry for the distress this has caused to families across Dunmarrow,", "rosalind-pike", D, "said", "explicit-name", "Split turn, first part; `said Rosalind Pike, Fenlock’s chief executive` after it."),
 (1, "We will not reopen Ashby Lane until every test comes back clean.", "rosalind-pike", D, "said", "explicit-name", "Second part of the split turn. The BNC interview has the same claim with the clauses turned round (`Ashby Lane will not reopen until …`)."),
 (1, "Anyone who feels unwell should drink plenty of fluids and call their doctor rather than going to the emergency department,", "anwen-castellanos", D, "told a briefing", "explicit-name", "`Castellanos told a briefing at City Hall on Saturday`; she is introduced as `Dr. Anwen Castellanos` in the paragraph before."),
 (1, "We expect to lift the boil-water notice by the end of next week.", "anwen-castellanos", D, "told a briefing", "explicit-name", "Second sentence of the turn. WORDING CONFLICT: the Courier quotes her at the same Saturday briefing saying the opposite (x02)."),
 (1, "Schools will stay open this week, and bottled water will be delivered to every one of them,", "colm-achterberg", D, "said", "pronoun", "NEAR-MISS: the Hallowmere mayor's ‘Schools will not stay open this week’ (article 11) is the negation of a similar sentence about a different event: not one claim, not a contradiction."),
 (1, "The Inspectorate has opened a formal investigation into the operation of the Ashby Lane works and will publish its findings,", "drinking-water-inspectorate", D, "the statement said", "descriptor", "Organisation speaker through `the statement`."),
 (1, "I have thrown away three days of stock. Who pays for that?", "hamid-serrat", D, "asked", "pronoun", "Cue `asked` (a question inside the quote)."),
 # 2 Dunmarrow Courier (straight quotes)
 (2, "Fenlock was told in March that the filters at Ashby Lane needed replacing, and it did nothing,", "grete-maalouf", D, "said", "pronoun", "Straight quotes. DENIAL: Pike denies it on BNC (x03)."),
 (2, "I have the email. I will publish it if I have to.", "grete-maalouf", D, "said", "pronoun", "Second part of the turn."),
 (2, "We are deeply sorry for the distress this has caused.", "fenlock-water", D, "repeated its apology", "descriptor", "`In a short statement, the company repeated its apology: \"…\"` — the company, not Pike (who `did not respond`); the words are a truncation of Pike's wire quote, so the claim group has two speakers."),
 (2, "We do not expect to lift the boil-water notice before the end of the month,", "anwen-castellanos", D, "said", "pronoun", "Saturday's briefing, as in the wire; opposite expectation (x02). `she said` after a sentence that names her."),
 (2, "Anyone who feels unwell should drink plenty of fluids and call their doctor, rather than going to A&E.", "anwen-castellanos", D, "said", "pronoun", "Same advice as the wire, re-punctuated and with `A&E` for `the emergency department`."),
 (2, "Schools will stay open this week and bottled water will be delivered to every one of them,", "colm-achterberg", D, "said", "pronoun", "The wire's sentence without its comma."),
 (2, "Nobody in this city will go without clean water.", "colm-achterberg", D, "said", "pronoun", None),
 (2, "I've thrown away three days' stock - who pays for that?", "hamid-serrat", D, "said", "pronoun", "Same claim as the wire's two sentences, contracted and joined by a hyphen; straight apostrophes inside."),
 (2, "Fenlock tea", None, PT, None, None, "Scare term: what residents call the water; nobody is quoted.", SCARE),
 # 3 Meridian, water day 3
 (3, "I am truly sorry for the worry we have caused every family in this city,", "rosalind-pike", D, "said", "explicit-name", "`Ms. Pike said`. Paraphrase (other words, same speaker) of her wire apology."),
 (3, "no warning, in March or at any other time,", "rosalind-pike", PT, "said", "explicit-name", "Partial inside reported speech (`Ms. Pike said Fenlock had received “…” that the filters needed replacing`); same claim as her BNC denial."),
 (3, "The company was warned in March about the filters and chose to do nothing,", "grete-maalouf", D, "said", "pronoun", "`Ms. Maalouf was unmoved. “…,” she said.` Paraphrase of her Courier accusation."),
 (3, ENG1, "ashby-lane-engineer", D, None, "previous-sentence", "Anonymous engineer introduced (and his reported speech given) in the paragraph before; this quote paragraph has no attribution and no closing mark (multi-paragraph quotation).", {"unclosed": True}),
 (3, "On Friday it tripped in the night and nobody was there to reset it.", "ashby-lane-engineer", D, None, "previous-sentence", "Continuation paragraph of the engineer's quotation."),
 (3, "cooperating fully with the Inspectorate’s investigation.", "fenlock-water", PT, "said in a statement", "explicit-name", "Organisation partial; full stop inside the marks."),
 (3, "a formal investigation into the operation of the Ashby Lane works", "drinking-water-inspectorate", PT, "called", "explicit-name", "`The inspectorate has opened what it called “…”.` Fragment of the statement quoted by the wire; full stop outside."),
 (3, "several months", "jonah-klemm", PT, "said", "explicit-name", "Partial inside Klemm's reported speech."),
 (3, "I would rather be right than fast,", "anwen-castellanos", D, "said", "pronoun", None),
 (3, "Closed until the water is", None, PT, None, None, "Words on a sign (`a handwritten sign … that reads “…”`): nobody's speech.", SCARE),
 (3, "Down the Drain: Brevonia’s Ageing Pipes,", None, PT, None, None, "Title of a television documentary.", TITLE),
 # 4 BNC, water: transcript
 (4, "Were you told in March that the filters at Ashby Lane needed replacing?", "tobias-renn", D, "colon-introduced", "explicit-name", "Transcript turn `Renn: “…”` (presenter named in the paragraph before)."),
 (4, "No. Nobody told us in March or at any other time that the filters needed replacing.", "rosalind-pike", D, "colon-introduced", "explicit-name", "Transcript turn `Pike: “…”`. DENIAL of Maalouf's accusation (x03)."),
 (4, "Councillor Maalouf says she has an email that proves it.", "tobias-renn", D, "colon-introduced", "explicit-name", "The presenter reports Maalouf's words; the speaker of the quote is Renn."),
 (4, "Then I would ask her to publish it, because I have not seen it.", "rosalind-pike", D, "colon-introduced", "explicit-name", None),
 (4, "When will Ashby Lane reopen?", "tobias-renn", D, "colon-introduced", "explicit-name", None),
 (4, "Ashby Lane will not reopen until every test comes back clean. I will not put a date on it.", "rosalind-pike", D, "colon-introduced", "explicit-name", "Same claim as her wire quote with the clauses turned round."),
 (4, "Anyone who feels unwell should drink plenty of fluids and call their doctor rather than going to the emergency department.", "anwen-castellanos", D, "said", "pronoun", "`She said:` — Castellanos named in the sentence before. Verbatim the wire (full stop for the comma)."),
 (4, "I stand by every word. Fenlock was told in March, and it did nothing.", "grete-maalouf", D, "told BNC", "explicit-name", "Shortened wording of her Courier accusation."),
 # 5 BNC, recall day 1
 (5, "extremely low", "ilse-marchetti", PT, None, "headline", "Headline partial in single curly marks with no name; the speaker comes from the body (`Dr Ilse Marchetti, said: “The risk … is extremely low.”`). Counted once although the title is repeated.", {"in_title": True}),
 (5, "The risk to any individual patient is extremely low.", "ilse-marchetti", D, "said", "explicit-name", "`Its chief executive, Dr Ilse Marchetti, said:`. ATTRIBUTION CONFLICT: the wire (article 9) gives the same words to Veltrix's medical director Haddad (x04)."),
 (5, "Patients must not stop taking their tablets without first speaking to their doctor or pharmacist,", "ilse-marchetti", D, "added", "pronoun", "`she added`."),
 (5, "Veltrix has voluntarily recalled 14 batches of Cardiloxan as a precaution. Patient safety is our first priority.", "veltrix-pharma", D, "said", "explicit-name", "`In a statement, Veltrix said:`."),
 (5, "Pharmacies have enough alternative stock for about three weeks,", "oisin-tallack", D, "said", "pronoun", "NEAR-MISS: Haddad's `within six weeks` (article 6) is a different duration (replacement batches), not a contradiction."),
 (5, "After that, we will need Veltrix’s replacement batches, and nobody has told us when those are coming.", "oisin-tallack", D, None, "previous-sentence", "Quote paragraph with no attribution: the turn continues Tallack's."),
 (5, "I have taken these pills for eleven years and I found out from the radio,", "maud-ellery", D, "said", "pronoun", "Named in the paragraph before (`Maud Ellery, 71, from Harwick, …`)."),
 # 6 Meridian, recall day 1
 (6, "Patients should not stop taking their tablets without speaking to a doctor or pharmacist,", "ilse-marchetti", D, "said", "explicit-name", "Near-verbatim the BNC quote (`should` for `must`, `a doctor` for `their doctor`)."),
 (6, "out of an abundance of caution.", "selim-haddad", PT, "said", "explicit-name", "Partial after reported speech, full stop inside the marks, and a direct quote follows at once in the same paragraph."),
 (6, "Replacement batches will reach pharmacies within six weeks,", "selim-haddad", D, "said", "pronoun", None),
 (6, "Senior managers knew about the impurity in January and decided to keep shipping,", "veltrix-former-manager", D, "said", "pronoun", "Anonymous former manager named in the paragraph before. DENIED by the chief executive Leary (x05)."),
 (6, "I raised it twice in writing. Both times I was told to stop worrying.", "veltrix-former-manager", D, "said", "pronoun", None),
 (6, "I’ve taken these pills for eleven years and nobody told me a thing,", "maud-ellery", D, "said", "explicit-name", "Speaker named after the quote (`said Maud Ellery, 71, …`). Paraphrase of her BNC words."),
 (6, "The Pill Cabinet.", None, PT, None, None, "Title of a book (`his 2023 book, “…”`).", TITLE),
 # 7 Touchline, takeover day 1
 (7, "My family has looked after this club for 61 years, and it was time to hand it on to people who can take it further,", "gideon-marsh-tully", D, "said", "explicit-name", None),
 (7, "Calmore Athletic will stay at Tannery Road for as long as I am involved,", "darius-vetrano", D, "said", "pronoun", "`he said` after a paragraph about Vetrano."),
 (7, "We want to be in the top division within five years.", "darius-vetrano", D, "said", "pronoun", None),
 (7, "golden share", None, PT, None, None, "`a so-called “golden share”`: a label, nobody's words.", SCARE),
 (7, "This club is not a property deal. It is the heart of this town,", "fenella-darrow", D, "said", "pronoun", "`The trust’s chair, Fenella Darrow, was not reassured. “…,” she said.` ATTRIBUTION CONFLICT: the Meridian gives the same words to Marsh-Tully (x07)."),
 (7, "Our members were not consulted, not once,", "fenella-darrow", D, "added", "explicit-name", None),
 (7, "I did not come here to sell my best players,", "rui-castanheira", D, "told O Relvado", "explicit-name", "Translated from Portuguese (one of three English versions in the corpus)."),
 # 8 Northgate, takeover day 1
 (8, "My family has looked after this club for 61 years. It was time to hand it on,", "gideon-marsh-tully", D, "said in a statement", "explicit-name", "The Touchline's quote split into two sentences and cut short; `chairman Gideon Marsh-Tully said in a statement released by the club` (the speaker is Marsh-Tully, not the club)."),
 (8, "We want to be in the top division within five years,", "darius-vetrano", D, "said", "pronoun", "Verbatim the Touchline."),
 (8, "Vetrano wanted this done before the end of the season,", "negotiations-source", D, "said", "descriptor", "Anonymous source: `the person said`."),
 (8, "I didn’t come to Calmore to sell the best players I have,", "rui-castanheira", D, "said", "pronoun", "Second translation of the O Relvado interview (`according to a translation of the interview`)."),
 (8, "Our members were not consulted, not once, and they will not forget it,", "fenella-darrow", D, "said", "explicit-name", "Speaker named after the quote; the Touchline's words with a clause added."),
 (8, "hold the new owners to every promise they have made.", "beatrix-ormonde", PT, "said", "explicit-name", "Partial inside reported speech; full stop inside the marks."),
 # 9 Northgate, recall day 2
 (9, "Nobody at Veltrix knew about this impurity before the 28th of April,", "konstantin-leary", D, "told reporters", "explicit-name", "DENIES the former manager's account in the Meridian (x05)."),
 (9, "The moment our laboratory found it, we told the regulator.", "konstantin-leary", D, "told reporters", "explicit-name", "Second part of the turn; no closing mark at the end of the paragraph (the quotation goes on in the next paragraph).", {"unclosed": True}),
 (9, LEARY2, "konstantin-leary", D, None, "previous-sentence", "Continuation paragraph of Leary's quotation."),
 (9, "The risk to any individual patient is extremely low,", "selim-haddad", D, "said", "explicit-name", "`Haddad said`. The BNC gives these words to the regulator's Marchetti (x04)."),
 (9, "Veltrix has voluntarily recalled 14 batches of Cardiloxan as a precaution.", "veltrix-pharma", D, "said", "descriptor", "`In a statement, the company said:`. First sentence of the BNC's statement quote."),
 (9, "about three weeks.", "oisin-tallack", PT, "said", "explicit-name", "Fragment of his BNC quote; full stop inside the marks."),
 # 10 Meridian, takeover day 2
 (10, "This club is not a property deal. It is the heart of this town,", "gideon-marsh-tully", D, "said", "explicit-name", "`Mr. Marsh-Tully said`. The Touchline gives these words to Fenella Darrow (x07)."),
 (10, "I would not have sold it to anyone who thought otherwise.", "gideon-marsh-tully", D, "said", "explicit-name", None),
 (10, "Tannery Road: A Town and Its Team,", None, PT, None, None, "Title of a documentary film.", TITLE),
 (10, "Will the club still be playing at Tannery Road in ten years?", "callum-ashdown", D, None, "previous-sentence", "Interview printed as alternating quoted turns with no attribution; the interviewer is named in the paragraph before (`The Meridian’s sports editor, Callum Ashdown`)."),
 (10, "As long as I am involved, Calmore will play at Tannery Road. That is a promise.", "darius-vetrano", D, None, "previous-sentence", "Answer turn (Vetrano). Same claim as his Touchline quote, clauses turned round."),
 (10, "The trust says it has heard promises before.", "callum-ashdown", D, None, "previous-sentence", "Question turn."),
 (10, "Then they should judge me in ten years, not today.", "darius-vetrano", D, None, "previous-sentence", "Answer turn."),
 (10, "Will you sell players this summer?", "callum-ashdown", D, None, "previous-sentence", "Question turn."),
 (10, "That is a decision for Rui, not for me.", "darius-vetrano", D, None, "previous-sentence", "Answer turn. NEAR-MISS: not in conflict with Castanheira's ‘I did not come here to sell my best players’."),
 (10, "I did not come to this club to sell my best players.", "rui-castanheira", D, "gave his view", "explicit-name", "Third translation, after a colon (`translated by The Meridian: “…”`)."),
 (10, "better than nothing, but only just.", "fenella-darrow", PT, "called", "explicit-name", "`called the golden share “…”` (the term is unquoted here)."),
 (10, "The council will hold the new owners to every promise they have made,", "beatrix-ormonde", D, "said", "explicit-name", "Speaker named after the quote. The wire has the same words as a partial."),
 # 11 Northgate, flood day 1
 (11, "Brevonia opened the sluices at Kessel without a single word of warning to us,", "milena-tarvas", D, "said", "explicit-name", "Translated (`according to an NPA translation`). DENIED by Brightmore in the next paragraph (x09)."),
 (11, "Lutania was warned six hours before the sluices were opened,", "ansel-brightmore", D, "said", "pronoun", "`he said` after `Brevonia’s environment minister, Ansel Brightmore, rejected the accusation.`"),
 (11, "The alternative was to let the dam fail.", "ansel-brightmore", D, "said", "pronoun", None),
 (11, "The river has never risen this fast in living memory,", "judith-carrow", D, "said", "explicit-name", "`said Carrow, who has been mayor for nine years` (nine years is not the nine dead)."),
 (11, "Schools will not stay open this week. We need the buildings for the people who have lost their homes.", "judith-carrow", D, "said", "explicit-name", "NEAR-MISS with the Dunmarrow mayor's ‘Schools will stay open this week’ (article 1): a different event."),
 (11, "We have opened four emergency shelters and we are looking for more,", "judith-carrow", D, "said", "pronoun", "`she said`, paragraph after Carrow's turn. NEAR-MISS: ‘seven emergency shelters’ the next day is an update the BNC states (`has since opened three more`)."),
 (11, "People need dry clothes, clean water and somewhere to sleep, in that order,", "ingrid-hafsteen", D, "said", "explicit-name", "Speaker named after the quote."),
 # 12 BNC, flood day 2
 (12, "We warned Lutania six hours before a single sluice was opened. We have the logs, and we will publish them.", "ansel-brightmore", D, "told BNC", "explicit-name", "Paraphrase (same speaker, other words) of his wire quote."),
 (12, "It is too early to hold anyone responsible for these deaths,", "milena-tarvas", D, "said through an interpreter", "pronoun", "WORDING CONFLICT: at the same news conference the Pradec Herald has her say ‘We hold the Brevonian government responsible for these deaths’ (x10)."),
 (12, "Brevonia opened the Kessel floodgates and did not warn us at all.", "milena-tarvas", D, "repeated her claim", "pronoun", "`But she repeated her claim that Lutania had not been warned: “…”`. Second translation of her claim."),
 (12, "The river has never risen this fast in living memory.", "judith-carrow", D, "said", "explicit-name", "Verbatim the wire."),
 (12, "We have opened seven emergency shelters, and they are all full,", "judith-carrow", D, "said", "explicit-name", "Update of the four shelters (the sentence before says `has since opened three more shelters`)."),
 (12, "People need dry clothes, clean water and somewhere to sleep – in that order.", "ingrid-hafsteen", D, "said", "explicit-name", "Re-punctuated (en dash for the wire's comma)."),
 (12, "I have farmed here for 30 years and I have never seen the Saule like this,", "tomas-weil", D, "said", "pronoun", "NEAR-MISS: a similar sentence to Carrow's ‘never risen this fast in living memory’ by a different person; a different claim."),
 # 13 Pradec Herald, flood day 2
 (13, "We were not warned", "milena-tarvas", D, None, "headline", "Headline quote in double curly marks; the speaker is the surname right after the colon and the body. Counted once although the title is repeated. A summary of her claim (group c21).", {"in_title": True}),
 (13, "Brevonia opened the sluices at Kessel without one word of warning to us,", "milena-tarvas", D, "said", "pronoun", "Third translation (`one word` for the wire's `a single word`)."),
 (13, "We hold the Brevonian government responsible for these deaths.", "milena-tarvas", D, "said", "pronoun", "Second part of the split turn; the opposite of her BNC words at the same news conference (x10)."),
 (13, "We have not given up on them,", "petar-osmak", D, "said", "pronoun", None),
 (13, "The water came through the door in ten minutes. I had time to take my cat and my husband’s photograph, nothing else,", "vesna-kral", D, "said", "pronoun", None),
 (13, "Lutania was warned six hours before the sluices were opened, as the minister has said.", "brevonian-embassy", D, "said", "explicit-name", "`In a statement, the Brevonian embassy in Pradec said:`. Brightmore's words repeated WITH CREDIT (`as the minister has said`): same claim group, not an attribution conflict."),
]

OPEN, CLOSE = "“\"‘", "”\"’"
quotes, used = [], set()
for i, row in enumerate(Q, 1):
    n, qt, spk, kind, cue, how, note = row[:7]
    extra = row[7] if len(row) > 7 else {}
    s0, s1 = span(n)
    body = text[s0:s1]
    found = None
    k = body.find(qt)
    while k >= 0:
        fs = s0 + k
        fe = fs + len(qt)
        ok_open = k > 0 and body[k - 1] in OPEN
        ok_close = fe < len(text) and (text[fe] in CLOSE or (extra.get("unclosed") and text[fe] == "\n"))
        if ok_open and ok_close and fs not in used:
            found = (fs, fe); break
        k = body.find(qt, k + 1)
    if not found:
        sys.exit(f"q{i:03d} not found between marks in article {n}: {qt!r}")
    used.add(found[0])
    q = {"id": f"q{i:03d}", "article": n, "text": qt, "speaker": spk, "kind": kind, "cue": cue, "how": how,
         "line": line_of(found[0]), "file_start": found[0], "file_end": found[1]}
    q.update(extra)
    if note: q["note"] = note
    quotes.append(q)
qid = {}
for q in quotes:
    qid.setdefault((q["article"], q["text"]), q["id"])
def Qr(n, t): return qid[(n, t)]
PIKE_DENIAL = "No. Nobody told us in March or at any other time that the filters needed replacing."

# ---------------------------------------------------------------- claim groups
G = [
 ("Fenlock is deeply sorry for the distress caused to Dunmarrow families (Pike on the wire; the company's statement truncates it in the Courier; Pike paraphrases it in the Meridian)",
  [(1, "We are deeply sorry for the distress this has caused to families across Dunmarrow,"), (2, "We are deeply sorry for the distress this has caused."), (3, "I am truly sorry for the worry we have caused every family in this city,")]),
 ("Ashby Lane will not reopen until every test comes back clean (Pike; wire, BNC with the clauses turned round)",
  [(1, "We will not reopen Ashby Lane until every test comes back clean."), (4, "Ashby Lane will not reopen until every test comes back clean. I will not put a date on it.")]),
 ("Anyone unwell should drink fluids and call their doctor rather than go to the emergency department (Castellanos; wire and BNC verbatim, Courier re-punctuated with `A&E`)",
  [(1, "Anyone who feels unwell should drink plenty of fluids and call their doctor rather than going to the emergency department,"), (2, "Anyone who feels unwell should drink plenty of fluids and call their doctor, rather than going to A&E."), (4, "Anyone who feels unwell should drink plenty of fluids and call their doctor rather than going to the emergency department.")]),
 ("Dunmarrow schools stay open this week and get bottled water (Achterberg; comma / no comma)",
  [(1, "Schools will stay open this week, and bottled water will be delivered to every one of them,"), (2, "Schools will stay open this week and bottled water will be delivered to every one of them,")]),
 ("The Inspectorate has opened a formal investigation into the operation of the Ashby Lane works (statement; wire full, Meridian fragment)",
  [(1, "The Inspectorate has opened a formal investigation into the operation of the Ashby Lane works and will publish its findings,"), (3, "a formal investigation into the operation of the Ashby Lane works")]),
 ("Serrat threw away three days of stock: who pays? (wire two sentences; Courier contracted, hyphen)",
  [(1, "I have thrown away three days of stock. Who pays for that?"), (2, "I've thrown away three days' stock - who pays for that?")]),
 ("Fenlock was told in March the Ashby Lane filters needed replacing and did nothing (Maalouf; Courier full, Meridian paraphrase, BNC shortened)",
  [(2, "Fenlock was told in March that the filters at Ashby Lane needed replacing, and it did nothing,"), (3, "The company was warned in March about the filters and chose to do nothing,"), (4, "I stand by every word. Fenlock was told in March, and it did nothing.")]),
 ("Nobody warned Fenlock, in March or at any other time, that the filters needed replacing (Pike; BNC full, Meridian partial)",
  [(4, PIKE_DENIAL), (3, "no warning, in March or at any other time,")]),
 ("The risk to any individual patient is extremely low (same words: the regulator's Marchetti in the BNC body and headline, Veltrix's Haddad on the wire — see contradiction x04)",
  [(5, "The risk to any individual patient is extremely low."), (5, "extremely low"), (9, "The risk to any individual patient is extremely low,")]),
 ("Patients must not stop taking their tablets without speaking to a doctor or pharmacist (Marchetti; BNC, Meridian near-verbatim)",
  [(5, "Patients must not stop taking their tablets without first speaking to their doctor or pharmacist,"), (6, "Patients should not stop taking their tablets without speaking to a doctor or pharmacist,")]),
 ("Veltrix has voluntarily recalled 14 batches of Cardiloxan as a precaution (statement; BNC full, wire first sentence)",
  [(5, "Veltrix has voluntarily recalled 14 batches of Cardiloxan as a precaution. Patient safety is our first priority."), (9, "Veltrix has voluntarily recalled 14 batches of Cardiloxan as a precaution.")]),
 ("Pharmacies have alternative stock for about three weeks (Tallack; BNC full, wire fragment)",
  [(5, "Pharmacies have enough alternative stock for about three weeks,"), (9, "about three weeks.")]),
 ("Ellery has taken the pills for eleven years and was told nothing (BNC: found out from the radio; Meridian: nobody told me a thing)",
  [(5, "I have taken these pills for eleven years and I found out from the radio,"), (6, "I’ve taken these pills for eleven years and nobody told me a thing,")]),
 ("The Marsh-Tully family looked after the club for 61 years and it was time to hand it on (Touchline full; wire statement split and cut short)",
  [(7, "My family has looked after this club for 61 years, and it was time to hand it on to people who can take it further,"), (8, "My family has looked after this club for 61 years. It was time to hand it on,")]),
 ("Calmore will stay at Tannery Road as long as Vetrano is involved (Touchline; Meridian interview, clauses turned round)",
  [(7, "Calmore Athletic will stay at Tannery Road for as long as I am involved,"), (10, "As long as I am involved, Calmore will play at Tannery Road. That is a promise.")]),
 ("We want to be in the top division within five years (Vetrano; verbatim)",
  [(7, "We want to be in the top division within five years."), (8, "We want to be in the top division within five years,")]),
 ("This club is not a property deal, it is the heart of this town (same words: Darrow in the Touchline, Marsh-Tully in the Meridian — see contradiction x07)",
  [(7, "This club is not a property deal. It is the heart of this town,"), (10, "This club is not a property deal. It is the heart of this town,")]),
 ("The trust's members were not consulted, not once (Darrow; Touchline, wire with a clause added)",
  [(7, "Our members were not consulted, not once,"), (8, "Our members were not consulted, not once, and they will not forget it,")]),
 ("I did not come to Calmore to sell my best players (Castanheira, from Portuguese: three English translations)",
  [(7, "I did not come here to sell my best players,"), (8, "I didn’t come to Calmore to sell the best players I have,"), (10, "I did not come to this club to sell my best players.")]),
 ("The council will hold the new owners to every promise they have made (Ormonde; wire partial, Meridian full)",
  [(8, "hold the new owners to every promise they have made."), (10, "The council will hold the new owners to every promise they have made,")]),
 ("Brevonia opened the Kessel sluices without warning Lutania (Tarvas, from Lutanian: three translations and a headline summary)",
  [(11, "Brevonia opened the sluices at Kessel without a single word of warning to us,"), (12, "Brevonia opened the Kessel floodgates and did not warn us at all."), (13, "Brevonia opened the sluices at Kessel without one word of warning to us,"), (13, "We were not warned")]),
 ("Lutania was warned six hours before the sluices were opened (Brightmore on the wire, paraphrased by himself on the BNC, repeated with credit by the Brevonian embassy)",
  [(11, "Lutania was warned six hours before the sluices were opened,"), (12, "We warned Lutania six hours before a single sluice was opened. We have the logs, and we will publish them."), (13, "Lutania was warned six hours before the sluices were opened, as the minister has said.")]),
 ("The river has never risen this fast in living memory (Carrow; verbatim)",
  [(11, "The river has never risen this fast in living memory,"), (12, "The river has never risen this fast in living memory.")]),
 ("People need dry clothes, clean water and somewhere to sleep, in that order (Hafsteen; comma / dash)",
  [(11, "People need dry clothes, clean water and somewhere to sleep, in that order,"), (12, "People need dry clothes, clean water and somewhere to sleep – in that order.")]),
]
claim_groups = [{"id": f"c{i:02d}", "gist": g, "quotes": [Qr(n, t) for n, t in m]} for i, (g, m) in enumerate(G, 1)]
grp_of = {q: c["id"] for c in claim_groups for q in c["quotes"]}

# ---------------------------------------------------------------- indirect claims
IC = [
 (1, "fenlock-water", "Fenlock Water said samples taken at its Ashby Lane treatment works on Friday morning had tested positive and that the plant had been shut down within hours."),
 (1, "anwen-castellanos", "Its director of public health, Dr. Anwen Castellanos, said none of them was in a serious condition."),
 (1, "colm-achterberg", "Mayor Colm Achterberg said the city would hand out bottled water at six sites from Sunday."),
 (1, "drinking-water-inspectorate", "The Brevonian Drinking Water Inspectorate said in a statement that it had been told of the failed tests on Friday afternoon."),
 (2, "grete-maalouf", "Green councillor Grete Maalouf, who sits on the city's environment committee, said the water company had been warned months ago.", "c07"),
 (3, "rosalind-pike", "Ms. Pike said Fenlock had received “no warning, in March or at any other time,” that the filters needed replacing.", "c08"),
 (3, "ashby-lane-engineer", "An engineer who has worked at Ashby Lane for more than a decade, and who spoke on condition of anonymity because staff have been told not to talk to reporters, said the filters were not the whole story."),
 (3, "jonah-klemm", "Its spokesman, Jonah Klemm, said the investigation would take “several months” and could lead to a prosecution."),
 (4, "anwen-castellanos", "Dr Anwen Castellanos, director of public health at the Dunmarrow Health Board, said 37 people had now been treated in hospital."),
 (5, "oisin-tallack", "Oisín Tallack, president of the Brevonian Pharmacists’ Guild, told BNC that pharmacies could switch most patients to other brands."),
 (6, "ilse-marchetti", "Dr. Ilse Marchetti, the agency’s chief executive, said the risk from the impurity was small.", "c09"),
 (6, "veltrix-former-manager", "But a former quality manager at the Kilnsey plant, who asked not to be named because he signed a confidentiality agreement when he left the company last year, said the problem had been known long before Monday."),
 (7, "darius-vetrano", "Vetrano, 44, who made his fortune in container shipping before moving into sport, promised supporters that the club would not leave its home of 112 years.", "c15"),
 (8, "rui-castanheira", "The club’s manager, Rui Castanheira, who is Portuguese, said in an interview with the newspaper O Relvado that he had not joined the club to sell its best players.", "c19"),
 (8, "negotiations-source", "A person familiar with the negotiations, who was not authorized to speak publicly, said talks had been going on since January."),
 (8, "beatrix-ormonde", "Calmore council leader Beatrix Ormonde said the council would “hold the new owners to every promise they have made.”", "c20"),
 (9, "konstantin-leary", "The chief executive of Veltrix Pharma on Wednesday denied that managers at the company had known for months about an impurity in its blood pressure drug Cardiloxan, 14 batches of which were recalled this week."),
 (9, "selim-haddad", "Dr. Selim Haddad, the company’s medical director, said the recall was a precaution."),
 (9, "brevonian-medicines-agency", "The Brevonian Medicines Agency said it would inspect the Kilnsey plant next week."),
 (11, "milena-tarvas", "Lutanian Prime Minister Milena Tarvas, speaking at a news conference in Zirbek, said Brevonia had opened the sluices of the Kessel Dam upstream on Thursday without notice.", "c21"),
 (11, "judith-carrow", "About 1,800 people have been evacuated on the Brevonian side, and 180 homes in Hallowmere have been flooded, the town’s mayor, Judith Carrow, said."),
 (12, "ansel-brightmore", "Brevonia’s environment minister has insisted that Lutania was given six hours’ notice before the sluices of the Kessel Dam were opened on Thursday.", "c22"),
 (12, "tomas-weil", "Tomas Weil, who farms on the river’s edge near Hallowmere, said he had lost most of his flock."),
 (13, "milena-tarvas", "Prime Minister Milena Tarvas on Friday demanded that Brevonia hand over the operating records of the Kessel Dam, saying the release of water on Thursday had turned a serious flood into a deadly one."),
 (13, "petar-osmak", "Interior ministry spokesman Petar Osmak said search teams were still looking for two people missing since Thursday."),
]
indirect = []
for row in IC:
    n, spk, t = row[:3]
    s0, s1 = span(n)
    k = text.find(t, s0)
    assert s0 <= k < s1, t
    c = {"article": n, "speaker": spk, "text": t, "line": line_of(k)}
    if len(row) > 3: c["claim_group"] = row[3]
    indirect.append(c)

# ---------------------------------------------------------------- contradictions
def side(n, t, quote=False):
    s0, s1 = span(n)
    k = text.find(t, s0)
    assert s0 <= k < s1, (n, t)
    d = {"article": n, "text": t, "line": line_of(k)}
    if quote: d["quote"] = Qr(n, t)
    return d

NPA_WATER = "DUNMARROW, Brevonia (NPA) — Residents of 42,000 households in the Brevonian city of Dunmarrow were told on Saturday to boil their tap water before drinking it after routine tests found E. coli bacteria in the treated supply, the city’s water company said."
COURIER_WATER = "About 24,000 households in Dunmarrow are still under a boil-water notice after E. coli was found in water leaving the Ashby Lane treatment works on Friday."
TOUCH_PRICE = "Calmore Athletic have been sold to Aurelian Sports Partners, an investment group led by the shipping heir Darius Vetrano, for £58m, ending 61 years of ownership by the Marsh-Tully family."
NPA_PRICE = "CALMORE, Brevonia (NPA) — Calmore Athletic, a second-division Brevonian soccer club, agreed on Wednesday to a takeover by Aurelian Sports Partners in a deal worth 72 million pounds, the club said."
NPA_RIVER = "The river peaked at 7.4 meters at the Zirbek gauge early Friday, the Lutanian hydrological service said."
BNC_RIVER = "The river reached 4.7m at the Zirbek gauge, the highest level since records began in 1954."
X = [
 ("numeric", side(1, NPA_WATER), side(2, COURIER_WATER),
  "Households under the boil-water notice: 42,000 (wire, day 1; the Meridian on day 3 agrees) vs about 24,000 (Courier, day 2). No reduction of the area is reported anywhere, so not an update."),
 ("wording", side(1, "We expect to lift the boil-water notice by the end of next week.", True), side(2, "We do not expect to lift the boil-water notice before the end of the month,", True),
  "Castellanos at the same Saturday briefing at City Hall: the wire has her expecting to lift the notice by the end of next week, the Courier has her not expecting it before the end of the month (one speaker, one occasion, wordings that differ in content)."),
 ("denial", side(2, "Fenlock was told in March that the filters at Ashby Lane needed replacing, and it did nothing,", True), side(4, PIKE_DENIAL, True),
  "The councillor Maalouf says Fenlock was told in March the filters needed replacing; Pike says nobody told the company, in March or at any other time (also her Meridian partial, and Maalouf's Meridian and BNC wordings)."),
 ("attribution", side(5, "The risk to any individual patient is extremely low.", True), side(9, "The risk to any individual patient is extremely low,", True),
  "The same words given to the regulator's chief executive Ilse Marchetti (BNC, also the headline ‘extremely low’) and to Veltrix's medical director Selim Haddad (wire)."),
 ("denial", side(6, "Senior managers knew about the impurity in January and decided to keep shipping,", True), side(9, "Nobody at Veltrix knew about this impurity before the 28th of April,", True),
  "A former quality manager says senior managers knew of the impurity in January; the chief executive Leary says nobody at Veltrix knew before 28 April (and calls the shipping claim false in his continuation paragraph)."),
 ("numeric", side(7, TOUCH_PRICE), side(8, NPA_PRICE),
  "Price of the takeover: £58m (Touchline; the Meridian's £58 million from league filings agrees) vs a deal worth 72 million pounds (wire). No outlet splits the figure into parts (debts, add-ons)."),
 ("attribution", side(7, "This club is not a property deal. It is the heart of this town,", True), side(10, "This club is not a property deal. It is the heart of this town,", True),
  "The same words given to the supporters' trust chair Fenella Darrow (Touchline) and to the outgoing chairman Gideon Marsh-Tully (Meridian)."),
 ("numeric", side(11, NPA_RIVER), side(12, BNC_RIVER),
  "Peak of the Saule at the Zirbek gauge: 7.4 meters (wire; the Pradec Herald's 7.4 metres agrees) vs 4.7m (BNC)."),
 ("denial", side(11, "Brevonia opened the sluices at Kessel without a single word of warning to us,", True), side(11, "Lutania was warned six hours before the sluices were opened,", True),
  "Tarvas says Brevonia opened the sluices without warning Lutania; Brightmore says Lutania was warned six hours before (the same conflict recurs in the BNC and the Pradec Herald wordings of both claims, groups c21 and c22)."),
 ("wording", side(13, "We hold the Brevonian government responsible for these deaths.", True), side(12, "It is too early to hold anyone responsible for these deaths,", True),
  "Tarvas at the same news conference in Zirbek on Friday, through translation: the Pradec Herald has her hold the Brevonian government responsible, the BNC has her say it is too early to hold anyone responsible."),
]
contradictions = [{"id": f"x{i:02d}", "kind": k, "a": a, "b": b, "note": note} for i, (k, a, b, note) in enumerate(X, 1)]

gold = {"corpus": "heldout3-digest.txt", "articles": articles, "speakers": speakers, "quotes": quotes,
        "claim_groups": claim_groups, "indirect_claims": indirect, "contradictions": contradictions}
with open(os.path.join(here, "heldout3-gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")

# ---------------------------------------------------------------- near-misses (extra file, not part of the gold format)
def ref(n, t):
    s0, s1 = span(n)
    k = text.find(t, s0)
    assert s0 <= k < s1, (n, t)
    d = {"article": n, "text": t, "line": line_of(k)}
    if (n, t) in qid: d["quote"] = qid[(n, t)]
    return d
NOT_SAME = [
 ("negation-other-event", (1, "Schools will stay open this week, and bottled water will be delivered to every one of them,"), (11, "Schools will not stay open this week. We need the buildings for the people who have lost their homes."),
  "Two mayors, two events (Dunmarrow water, Hallowmere flood): a statement and a negation of a similar sentence, about different schools. Not one claim, not a contradiction."),
 ("negation-same-speaker", (1, "We expect to lift the boil-water notice by the end of next week."), (2, "We do not expect to lift the boil-water notice before the end of the month,"),
  "Castellanos, opposite wordings of one briefing: a contradiction (x02), not one claim."),
 ("denial", (2, "Fenlock was told in March that the filters at Ashby Lane needed replacing, and it did nothing,"), (4, PIKE_DENIAL),
  "Accusation and its denial share most words: a contradiction (x03), not one claim."),
 ("denial", (11, "Brevonia opened the sluices at Kessel without a single word of warning to us,"), (11, "Lutania was warned six hours before the sluices were opened,"),
  "Tarvas vs Brightmore: a contradiction (x09), not one claim."),
 ("denial", (6, "Senior managers knew about the impurity in January and decided to keep shipping,"), (9, "Nobody at Veltrix knew about this impurity before the 28th of April,"),
  "Former manager vs chief executive: a contradiction (x05), not one claim."),
 ("negation-same-speaker", (13, "We hold the Brevonian government responsible for these deaths."), (12, "It is too early to hold anyone responsible for these deaths,"),
  "Tarvas, opposite wordings of one news conference: a contradiction (x10), not one claim."),
 ("other-speaker", (1, "Anyone who feels unwell should drink plenty of fluids and call their doctor rather than going to the emergency department,"), (5, "Patients must not stop taking their tablets without first speaking to their doctor or pharmacist,"),
  "Two health officials, two events, both sending people to their doctor: different claims."),
 ("other-speaker", (11, "The river has never risen this fast in living memory,"), (12, "I have farmed here for 30 years and I have never seen the Saule like this,"),
  "Carrow vs the farmer Weil: similar sentiment, different people, different claims (speed of the rise vs the flood in general)."),
 ("figure", (11, "We have opened four emergency shelters and we are looking for more,"), (12, "We have opened seven emergency shelters, and they are all full,"),
  "Carrow: same sentence frame, different figure a day later (an update the BNC states): not one claim, not a contradiction."),
 ("figure", (5, "Pharmacies have enough alternative stock for about three weeks,"), (6, "Replacement batches will reach pharmacies within six weeks,"),
  "Tallack vs Haddad: two durations of two different things (stock of other brands vs arrival of Veltrix's replacements)."),
 ("other-speaker", (7, "I did not come here to sell my best players,"), (10, "That is a decision for Rui, not for me."),
  "Manager vs owner on selling players: related, not the same claim, and not in conflict."),
 ("other-speaker", (1, "We will not reopen Ashby Lane until every test comes back clean."), (3, "I would rather be right than fast,"),
  "Pike vs Castellanos on waiting for certainty: different people, different claims."),
]
NOT_CONTRA = [
 ("update", (1, "Twenty-one people have been treated in hospital for stomach illness since Thursday, according to the Dunmarrow Health Board."), (2, "By Sunday morning 37 people had been treated in hospital, up from 21 on Saturday, the health board said."),
  "Hospital figure updated over a day, and the Courier says so (the Meridian and BNC then agree on 37)."),
 ("different-quantity", (2, "By Sunday morning 37 people had been treated in hospital, up from 21 on Saturday, the health board said."), (2, "A further 112 people have reported stomach upsets to their doctors."),
  "Treated in hospital vs reported symptoms to a doctor: two quantities."),
 ("update", (11, "HALLOWMERE, Brevonia (NPA) — At least nine people have died in floods along the river Saule, which forms part of the border between Brevonia and Lutania, officials in both countries said on Friday, and the Lutanian government accused Brevonia of making the disaster worse."), (11, "The death toll rose from six on Thursday night after three bodies were recovered near the Lutanian town of Zirbek, Lutania’s interior ministry said."),
  "Death toll six on Thursday night, nine on Friday: an update the text states."),
 ("different-quantity", (11, "About 1,800 people have been evacuated on the Brevonian side"), (11, "180 homes in Hallowmere have been flooded"),
  "People evacuated vs homes flooded (and 1,800 vs 180 look like one figure with a digit dropped)."),
 ("different-quantity", (11, "HALLOWMERE, Brevonia (NPA) — At least nine people have died in floods along the river Saule, which forms part of the border between Brevonia and Lutania, officials in both countries said on Friday, and the Lutanian government accused Brevonia of making the disaster worse."), (11, "“The river has never risen this fast in living memory,” said Carrow, who has been mayor for nine years."),
  "Nine dead vs nine years as mayor."),
 ("two-polls", (7, "In a poll of its 3,400 members last month, the trust found that 71 percent opposed a sale to overseas investors."), (8, "A survey of 800 Calmore residents for the Calmore Evening Echo found 54 percent in favor of the sale."),
  "Two polls of different populations (trust members vs town residents) on related questions: both can be true."),
 ("two-polls", (6, "The Brevonian Pharmacists’ Guild said a survey of 1,100 of its members last month found that 64 percent had been asked by patients about medicine shortages in the past year."), (6, "A separate poll of 2,000 adults for the Saltmere Patients’ Forum found that 38 percent had never heard of the Brevonian Medicines Agency."),
  "Two polls, different populations, different questions."),
 ("different-quantity", (5, "Tens of thousands of people who take a common blood pressure drug are being told to check their tablets after the manufacturer recalled 14 batches."), (5, "About 230,000 patients in Brevonia are prescribed Cardiloxan."),
  "Batches recalled vs patients prescribed (the Meridian's 230,000 agrees)."),
 ("different-duration", (5, "Pharmacies have enough alternative stock for about three weeks,"), (6, "Replacement batches will reach pharmacies within six weeks,"),
  "Stock of other brands vs Veltrix's replacement batches: two durations (together they suggest a gap, which Tallack worries about, but no statement contradicts another)."),
 ("negation-other-event", (1, "Schools will stay open this week, and bottled water will be delivered to every one of them,"), (11, "Schools will not stay open this week. We need the buildings for the people who have lost their homes."),
  "Dunmarrow's schools (water) vs Hallowmere's (flood): different events."),
 ("repetition-with-credit", (11, "Lutania was warned six hours before the sluices were opened,"), (13, "Lutania was warned six hours before the sluices were opened, as the minister has said."),
  "Same words, different speakers (the minister Brightmore; the embassy), but the embassy says it repeats the minister: not an attribution conflict."),
 ("company-echoes-its-chief", (1, "We are deeply sorry for the distress this has caused to families across Dunmarrow,"), (2, "We are deeply sorry for the distress this has caused."),
  "Pike's words (wire) repeated in the company's own statement (Courier, `the company repeated its apology`): one claim (c01) with two speakers, the chief executive and her company; not an attribution conflict."),
 ("update", (11, "We have opened four emergency shelters and we are looking for more,"), (12, "We have opened seven emergency shelters, and they are all full,"),
  "Four shelters on Friday, seven on Saturday; the BNC says `The town has since opened three more shelters.`"),
 ("different-duration", (7, "Calmore Athletic have been sold to Aurelian Sports Partners, an investment group led by the shipping heir Darius Vetrano, for £58m, ending 61 years of ownership by the Marsh-Tully family."), (7, "Vetrano, 44, who made his fortune in container shipping before moving into sport, promised supporters that the club would not leave its home of 112 years."),
  "61 years of family ownership vs 112 years at Tannery Road (and Vetrano's age 44)."),
 ("consistent", (8, "The Marsh-Tully family, which has owned the club since 1965, will keep no shares."), (7, "My family has looked after this club for 61 years, and it was time to hand it on to people who can take it further,"),
  "Since 1965 and 61 years agree (2026)."),
 ("consistent", (12, BNC_RIVER), (13, "The river reached 7.4 metres at the Zirbek gauge, the national hydrological service said, nearly a metre above the previous record."),
  "`the highest level since records began` and `nearly a metre above the previous record` do not conflict (the figures 4.7 vs 7.4 do: that is x08, with the wire)."),
 ("other-speaker", (7, "I did not come here to sell my best players,"), (10, "That is a decision for Rui, not for me."),
  "Manager and owner on selling players: consistent."),
 ("different-quantity", (9, "Veltrix shares fell 6 percent in Saltmere trading."), (7, "The Calmore Athletic Supporters’ Trust, which owns 4 percent of the club, has been given a so-called “golden share” that allows it to block any move away from the ground."),
  "Unrelated percentages in two stories."),
]
near = {"corpus": "heldout3-digest.txt",
        "note": "Pairs a tool must NOT put in one claim group (not_same_claim) and pairs it must NOT list as contradictions (not_contradiction). Not part of the gold format; an aid for counting false positives.",
        "not_same_claim": [{"id": f"n{i:02d}", "why": w, "a": ref(*a), "b": ref(*b), "note": note} for i, (w, a, b, note) in enumerate(NOT_SAME, 1)],
        "not_contradiction": [{"id": f"m{i:02d}", "why": w, "a": ref(*a), "b": ref(*b), "note": note} for i, (w, a, b, note) in enumerate(NOT_CONTRA, 1)]}
for n in near["not_same_claim"]:
    qa, qb = n["a"].get("quote"), n["b"].get("quote")
    assert qa and qb and not (grp_of.get(qa) and grp_of.get(qa) == grp_of.get(qb)), n
# a not-contradiction pair must not be a gold contradiction
gx = {(x["a"]["text"], x["b"]["text"]) for x in contradictions} | {(x["b"]["text"], x["a"]["text"]) for x in contradictions}
for n in near["not_contradiction"]:
    assert (n["a"]["text"], n["b"]["text"]) not in gx, n
with open(os.path.join(here, "heldout3-nearmiss.json"), "w", encoding="utf-8") as f:
    json.dump(near, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote heldout3-nearmiss.json: {len(near['not_same_claim'])} not-same-claim pairs, {len(near['not_contradiction'])} not-contradiction pairs")

print(f"wrote heldout3-gold.json: {len(articles)} articles, {len(quotes)} quotes, {len(claim_groups)} groups "
      f"covering {len(grp_of)} quotes ({sum(len(c['quotes']) * (len(c['quotes']) - 1) // 2 for c in claim_groups)} same-claim pairs), "
      f"{len(contradictions)} contradictions {dict(Counter(x['kind'] for x in contradictions))}, {len(indirect)} indirect claims")
