#!/usr/bin/env python3
"""Build heldout2-gold.json from the hand annotation below (python3, stdlib only).

The annotation (speakers, quotes, groups, contradictions, indirect claims) is written by hand in this file; the script
only looks up line numbers and character offsets in heldout2-digest.txt so that they cannot drift. Run it after any edit
to the digest or to the annotation, then run check_gold.py.
"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
DIGEST = os.path.join(here, "heldout2-digest.txt")
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
    a0, a1 = arts[n - 1]
    return starts[a0], starts[a1 - 1]

def line_of(off):
    lo = 0
    for i, s in enumerate(starts):
        if s <= off: lo = i
        else: break
    return lo + 1

# ---------------------------------------------------------------- articles
ART = [
 # outlet, byline_raw, date line, iso date, dek?, note
 ("Associated Press", "By Lucian Arbogast", "November 3, 2026", "2026-11-03", False,
  "Event A (mine collapse), day 1. AP: US spelling, `(AP) —` dateline, split quote around `said X, head of Y`, organisation statement (`the statement said`), partial after `He told reporters`, two-sentence turns after `he said`/`Ferrel added`/`she said`."),
 ("Reuters", "By Hendrik Solvay", "November 4, 2026", "2026-11-04", False,
  "Event A, day 2. Reuters: hyphen dateline; gives 19 trapped (AP and BBC: 23); gives Lindell's AP words to the minister Azrak; union accusation vs company spokeswoman's denial."),
 ("BBC News", "By Siân Morrow, BBC News, Kettleby Ridge", "4 November 2026", "2026-11-04", False,
  "Event A, day 2. BBC: one-sentence paragraphs, `told the BBC`, `said:` colon quotes, pronoun turns, depth 460m (AP: 640 meters), scare term “widow-maker”."),
 ("Varrow Herald", None, "Tuesday 3 November 2026", "2026-11-03", False,
  "Event A, day 1. Live blog: no byline; paragraphs start with timestamps; present tense (`says`, `tells us`, `emails`); the trapped figure updates from 17 to 23 (the text says so); `Name: “…”` with no verb."),
 ("The Guardian", "By Priti Wakeham, transport correspondent", "Thursday 17 September 2026", "2026-09-17", True,
  "Event B (tram vote). Guardian: standfirst (dek, no quotes), byline with job title, `the council leader, Nell Harcastle, told`, bare surnames on second reference, British punctuation outside the marks for a partial."),
 ("The New York Times", "By Marguerite Feeney", "Sept. 17, 2026", "2026-09-17", False,
  "Event B. NYT: `Ms.`/`Mr.` on later references, dateline `PELLINGFORD —`; cost £446 million (Guardian: £412m)."),
 ("Pellingford Gazette", "By Kieran Fothergill, Local Democracy Reporter", "Thursday, September 17, 2026", "2026-09-17", False,
  "Event B. Local paper with straight quotes and straight apostrophes; vote 35 to 28 (Guardian, NYT: 34 to 29); gives Harcastle's Guardian words to Amberley; multi-paragraph quote (unclosed, reopened); anonymous officer; organisation statement after `said:`."),
 ("Associated Press", "By Mateo Quince", "October 11, 2026", "2026-10-11", False,
  "Event C (museum theft), day 1. AP: `(AP) —` dateline, anonymous guard `speaking on condition of anonymity`, value about 48 million euros."),
 ("The Guardian", "By Edwin Larch, Europe correspondent", "Monday 12 October 2026", "2026-10-12", False,
  "Event C, day 2. Guardian: value €84m (AP: about 48 million euros); head of security denies the alarm failed; Mulgrew quoted with the opposite of his AP words; `Det Ch Insp` abbreviation."),
 ("Estrin Evening Post", "By Greta Lunde", "Tuesday 13 October 2026", "2026-10-13", False,
  "Event C, day 3. Local paper: headline quote in ‘…’ with no name (speaker known from the body), split quote around `she said`, union official."),
 ("Reuters", "By Anika Rowntree", "September 18, 2026", "2026-09-18", False,
  "Event B, day 2. Reuters: hyphen dateline, `million pound` spelled out; cost agrees with the Guardian (412 million pounds) and says the estimate rose from 360 million in 2022 (an update over time, not a contradiction); vote 34-29; `She called … “…”` partial; Amberley's Gazette sentence reordered."),
 ("BBC News", "By Farid Okonedo, BBC News", "13 October 2026", "2026-10-13", False,
  "Event C, day 3. BBC: one-sentence paragraphs; `The 61-year-old said:` (descriptor); a quote paragraph whose speaker is named only in the following sentence (`That was how Marta Oyelaran … described`); Sauer's claim paraphrased; the split Evening Post quote of Brandvold unsplit."),
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
    articles.append({"n": n, "title": title, "outlet": outlet,
                     "byline": braw[3:].split(",")[0] if braw else None, "date": iso,
                     "first_line": lines[body0][:60], "byline_raw": braw, "dek": dek,
                     "lines": [a0 + 1, a1 + 1], "note": note})

# ---------------------------------------------------------------- speakers
P, O = "person", "organisation"
SPEAKERS = [
 ("mara-lindell", "Mara Lindell", ["Mara Lindell", "Lindell"], ["head of the Varrow provincial emergency service", "head of the emergency service", "who is leading the rescue"], "Varrow provincial emergency service, head; leads the rescue", P),
 ("corvane-mining", "Corvane Mining", ["Corvane Mining", "Corvane", "Mining company Corvane"], ["The mine’s operator", "the statement", "a statement"], "Mine operator", O),
 ("elias-thorncroft", "Elias Thorncroft", ["Elias Thorncroft", "Thorncroft"], ["Corvane’s chief executive", "Corvane Chief Executive"], "Corvane Mining, chief executive", P),
 ("bogdan-ferrel", "Bogdan Ferrel", ["Bogdan Ferrel", "Ferrel"], ["president of the Caldrian Mineworkers’ Union", "union president", "Union president", "union leader"], "Caldrian Mineworkers’ Union, president", P),
 ("liesl-haver", "Liesl Haver", ["Liesl Haver"], ["whose husband, Anton, is among the trapped men"], "Relative of a trapped miner", P),
 ("teodor-azrak", "Teodor Azrak", ["Teodor Azrak", "Azrak"], ["Mines Minister"], "Government of Caldria, mines minister", P),
 ("greta-hollen", "Greta Hollen", ["Greta Hollen"], ["Corvane spokeswoman"], "Corvane Mining, spokeswoman", P),
 ("caldrian-mineworkers-union", "Caldrian Mineworkers’ Union", ["The Caldrian Mineworkers’ Union", "Caldrian Mineworkers’ Union"], [], "Miners’ union (speaks through Bogdan Ferrel)", O),
 ("oona-feld", "Oona Feld", ["Oona Feld", "Feld"], ["chief inspector", "Chief inspector", "its chief inspector"], "National mine safety inspectorate, chief inspector", P),
 ("pieter-valks", "Pieter Valks", ["Pieter Valks"], ["one of eight men who climbed out after the collapse"], "Miner who escaped", P),
 ("reader-unnamed", "a reader", ["A reader"], ["A reader who says her brother is among the trapped men"], "Reader of the live blog (unnamed)", P),
 ("nell-harcastle", "Nell Harcastle", ["Nell Harcastle", "Harcastle", "Ms. Harcastle"], ["the council leader", "the council’s leader", "Council leader"], "Pellingford city council, leader", P),
 ("desmond-quayle", "Desmond Quayle", ["Desmond Quayle", "Quayle", "Mr. Quayle"], ["The opposition leader", "Opposition leader", "Her chief opponent", "who leads the council’s largest opposition group"], "Pellingford city council, opposition leader", P),
 ("yusuf-amberley", "Yusuf Amberley", ["Yusuf Amberley", "Mr. Amberley", "Mr Amberley"], ["director of Pellingford Transit", "the director of Pellingford Transit", "Pellingford Transit director"], "Pellingford Transit, director", P),
 ("aled-penhallow", "Aled Penhallow", ["Aled Penhallow", "Penhallow"], ["the group’s chair", "chair of Save Quarrydown Green", "who leads a campaign to save the estate’s only park from the route"], "Save Quarrydown Green, chair", P),
 ("save-quarrydown-green", "Save Quarrydown Green", ["Save Quarrydown Green"], ["Campaigners from Save Quarrydown Green"], "Campaign group", O),
 ("corinne-lachaise", "Corinne Lachaise", ["Corinne Lachaise", "Ms. Lachaise"], [], "Furniture seller on Tanner Street", P),
 ("council-officer", "a senior council officer", ["A senior council officer", "the officer"], ["A senior council officer, who asked not to be named"], "Pellingford city council (anonymous)", P),
 ("pellingford-chamber", "Pellingford Chamber of Commerce", ["Pellingford Chamber of Commerce", "the Pellingford Chamber of Commerce", "The Chamber"], ["a statement"], "Business association", O),
 ("rafe-mulgrew", "Rafe Mulgrew", ["Rafe Mulgrew", "Mulgrew"], ["Detective Chief Inspector", "Det Ch Insp", "who is leading the investigation"], "Estrin police, detective chief inspector", P),
 ("ottilie-brandvold", "Ottilie Brandvold", ["Ottilie Brandvold", "Brandvold"], ["The museum’s director", "the museum’s director", "The director of Soravia’s best-known art museum", "The 61-year-old"], "Halvard Museum of Art, director", P),
 ("museum-guard", "a guard who was on duty", ["A guard who was on duty that night"], ["speaking on condition of anonymity because he was not authorized to talk to reporters"], "Halvard Museum guard (anonymous)", P),
 ("benedikt-sauer", "Benedikt Sauer", ["Benedikt Sauer", "Sauer"], ["an art-recovery specialist who has worked on dozens of museum thefts", "who has traced stolen art for 30 years", "Art-recovery specialist"], "Independent art-recovery specialist", P),
 ("konrad-eastby", "Konrad Eastby", ["Konrad Eastby"], ["the museum’s head of security"], "Halvard Museum of Art, head of security", P),
 ("ilka-varnes", "Ilka Varnes", ["Ilka Varnes"], ["The culture minister", "Culture minister"], "Government of Soravia, culture minister", P),
 ("hedda-norling", "Hedda Norling", ["Hedda Norling"], ["of the Soravian Security Workers’ Union"], "Soravian Security Workers’ Union", P),
 ("ines-whitmore", "Ines Whitmore", ["Councillor Ines Whitmore", "Ines Whitmore"], ["who holds the council’s finance portfolio"], "Pellingford city council, finance portfolio", P),
 ("rhea-kinsale", "Rhea Kinsale", ["Rhea Kinsale"], ["a transport economist at Northbay University"], "Northbay University, transport economist", P),
 ("marta-oyelaran", "Marta Oyelaran", ["Marta Oyelaran"], ["who has volunteered at the museum for 20 years"], "Halvard Museum volunteer", P),
]
ANON = {"reader-unnamed", "council-officer", "museum-guard"}
speakers = []
for sid, name, al, de, aff, kind in SPEAKERS:
    s = {"id": sid, "name": name, "aliases": al, "descriptors": de, "affiliation": aff, "kind": kind}
    if sid in ANON: s["anonymous"] = True
    speakers.append(s)

# ---------------------------------------------------------------- quotes
# (article, text, speaker, kind, cue, how, note[, extra dict])
D, PT = "direct", "partial"
Q = [
 (1, "We are working on the assumption that they are alive,", "mara-lindell", D, "said", "explicit-name", "Split turn, first part; `said Mara Lindell, head of …` after it."),
 (1, "We will not stop until every last man is brought home.", "mara-lindell", D, "said", "explicit-name", "Second part of the split turn. Reuters (article 2) gives the same words to the minister Azrak."),
 (1, "Corvane is cooperating fully with the emergency services and with the national inspectorate,", "corvane-mining", D, "the statement said", "descriptor", "Organisation speaker: `the statement` of Corvane Mining."),
 (1, "bring every one of these men home safely.", "elias-thorncroft", PT, "told reporters", "pronoun", "Partial after reported speech (`He told reporters the company’s only aim was to`); AP keeps the period inside the marks. Truncation of Thorncroft's Reuters quote."),
 (1, "This collapse was not an accident, it was a choice,", "bogdan-ferrel", D, "said", "pronoun", "Comma-spliced wording of the claim the BBC prints as two sentences."),
 (1, "The men knew the roof was dangerous,", "bogdan-ferrel", D, "added", "explicit-name", "NEAR-MISS: not the same claim as Ferrel's BBC quote ‘The men did not know the roof had already cracked’ (negation of a similar sentence; both can be true)."),
 (1, "They went down anyway because they needed the wages.", "bogdan-ferrel", D, "added", "explicit-name", "Second sentence of the turn after `Ferrel added.`"),
 (1, "All we want is to have them home,", "liesl-haver", D, "said", "pronoun", "NEAR-MISS: a relative wanting the men home is not Thorncroft's claim group (different speaker, different claim)."),
 (1, "Nobody from the company has spoken to us.", "liesl-haver", D, "said", "pronoun", None),
 (2, "We will not stop until every last man is brought home,", "teodor-azrak", D, "said", "explicit-name", "The words AP gives to Mara Lindell (attribution conflict)."),
 (2, "Our first and only priority is to bring every one of these men home safely, and nothing else matters to us right now,", "elias-thorncroft", D, "told reporters", "explicit-name", "Title-case job before the name (`Corvane Chief Executive Elias Thorncroft told reporters`)."),
 (2, "at least four days", "elias-thorncroft", PT, "said", "explicit-name", "Duration of the rescue; not in conflict with the mine's three-week closure in January (article 1), a different duration."),
 (2, "Corvane ignored three written warnings about cracks in that roof. Three,", "bogdan-ferrel", D, "told Reuters", "explicit-name", "Accusation the company spokeswoman denies in the next paragraph."),
 (2, "No warning about the roof of the Number 4 shaft was ever received by management,", "greta-hollen", D, "said", "explicit-name", "Denial, spoken by a named spokeswoman (not the organisation)."),
 (2, "The inspectorate will open a full investigation into the cause of the collapse,", "oona-feld", D, "said", "explicit-name", None),
 (3, "We are working on the assumption that they are alive. The air in that part of the mine is good and we think they have water.", "mara-lindell", D, "said", "explicit-name", "`Mara Lindell, who is leading the rescue, said:`; contains the AP and live-blog wording."),
 (3, "This collapse was not an accident. It was a choice,", "bogdan-ferrel", D, "told the BBC", "explicit-name", None),
 (3, "cosmetic", "bogdan-ferrel", PT, "said", "pronoun", "Partial inside Ferrel's reported speech (`He said miners had been told that cracks in the roof were “cosmetic”`): the word is what managers told the miners, reported by Ferrel."),
 (3, "The men did not know the roof had already cracked,", "bogdan-ferrel", D, "said", "pronoun", "NEAR-MISS: negation of a sentence similar to Ferrel's AP quote ‘The men knew the roof was dangerous’; not the same claim, not a contradiction."),
 (3, "I heard a noise like thunder, and then the dust came,", "pieter-valks", D, "said", "pronoun", "`he said`; Valks is named in the paragraph before."),
 (3, "I ran and I did not look back.", "pieter-valks", D, "said", "pronoun", None),
 (3, "We are launching a complete inquiry into what caused the roof to fall.", "oona-feld", D, "said", "explicit-name", "Paraphrase (different words, same meaning) of ‘The inspectorate will open a full investigation into the cause of the collapse’."),
 (3, "widow-maker", None, PT, None, None, "Scare term: what miners call the section; nobody is quoted."),
 (4, "We are working on the assumption that they are alive,", "mara-lindell", D, "says", "pronoun", "Present tense `she says`; Lindell named in the sentence before."),
 (4, "We have drilled 40 metres of the rescue tunnel so far.", "mara-lindell", D, "gives an update", "explicit-name", "`Lindell gives an update on the drilling: “…”`. NEAR-MISS: the same sentence with 75 metres at 16:40 is a later update, which the blog says (`up from 40 metres this morning`): not one claim, not a contradiction."),
 (4, "This collapse was not an accident – it was a choice,", "bogdan-ferrel", D, "tells us", "pronoun", "Re-punctuated with an en dash."),
 (4, "first and only priority", "elias-thorncroft", PT, "says", "pronoun", "Fragment of the Reuters quote; the rest of the sentence is paraphrased outside the marks."),
 (4, "Please tell people to stop sharing the names online. The lists are wrong and families are being called by strangers.", "reader-unnamed", D, "emails", "descriptor", "Anonymous reader."),
 (4, "We have drilled 75 metres of the rescue tunnel so far,", "mara-lindell", D, "says", "pronoun", "NEAR-MISS with the 10:00 quote (figure updated over time, the text says so)."),
 (4, "The inspectorate will open a full investigation into the cause of the collapse.", "oona-feld", D, "colon-introduced", "explicit-name", "`Chief inspector Oona Feld: “…”` with no speech verb; verbatim the Reuters quote."),
 (5, "This is the day Pellingford stopped talking and started building,", "nell-harcastle", D, "told the chamber", "explicit-name", "`the council leader, Nell Harcastle, told the chamber`. The Gazette gives the same words to Yusuf Amberley (attribution conflict)."),
 (5, "The Northline will connect Quarrydown to the rest of the city for the first time.", "nell-harcastle", D, "told the chamber", "explicit-name", "Second sentence of the turn."),
 (5, "This scheme will bankrupt the city,", "desmond-quayle", D, "said", "pronoun", None),
 (5, "Every household in Pellingford will be paying for it for thirty years.", "desmond-quayle", D, "said", "pronoun", None),
 (5, "She promised residents a referendum and she broke that promise,", "desmond-quayle", D, "said", "pronoun", "`Quayle also accused Harcastle …` then `he said`: the pronoun is Quayle, not Harcastle."),
 (5, "in the spring of 2030", "yusuf-amberley", PT, "said", "explicit-name", "British punctuation: the full stop outside the marks. Truncation of the Gazette quote."),
 (5, "We will fight this in the courts, and we will win,", "aled-penhallow", D, "said", "explicit-name", "`said Aled Penhallow, the group’s chair`."),
 (6, "The Northline will connect Quarrydown to the rest of the city for the first time,", "nell-harcastle", D, "said", "explicit-name", "Verbatim the Guardian's second sentence."),
 (6, "I never promised a referendum, and I challenge anyone to find where I did,", "nell-harcastle", D, "said", "pronoun", "Denial of Quayle's accusation (Guardian)."),
 (6, "This project will leave Pellingford broke,", "desmond-quayle", D, "said", "explicit-name", "Paraphrase of ‘This scheme will bankrupt the city’ (Guardian)."),
 (6, "The line will carry 14,000 passengers a day in its first year,", "yusuf-amberley", D, "said", "explicit-name", "NEAR-MISS: the Gazette's ‘The line will carry 40,000 passengers a day by 2040’ is a different figure for a different year: not one claim, not a contradiction."),
 (6, "The tram will bring customers back to Tanner Street,", "corinne-lachaise", D, "said", "explicit-name", "NEAR-MISS: Penhallow's ‘The tram will bring nothing to Quarrydown but noise’ is a similar sentence by a different person, a different claim."),
 (6, "For years the buses have taken them straight past us to the retail park.", "corinne-lachaise", D, "said", "explicit-name", None),
 (6, "The tram will bring nothing to Quarrydown but noise,", "aled-penhallow", D, "said", "pronoun", None),
 (7, "This is the day Pellingford stopped talking and started building.", "yusuf-amberley", D, "said", "explicit-name", "Straight quotes. The Guardian gives these words to Nell Harcastle."),
 (7, "The first trams will run on the extension in the spring of 2030, if the contracts are signed this year.", "yusuf-amberley", D, "added", "pronoun", None),
 (7, "The line will carry 40,000 passengers a day by 2040,", "yusuf-amberley", D, "said", "pronoun", "NEAR-MISS with the NYT's 14,000-a-day quote."),
 (7, "change lives in Quarrydown", "nell-harcastle", PT, "told the meeting", "explicit-name", None),
 (7, "cannot afford it and knows it", "desmond-quayle", PT, "said", "explicit-name", None),
 (7, "We will fight this in the courts. And we will win.", "aled-penhallow", D, "said", "explicit-name", "Multi-paragraph quotation: no closing mark at the paragraph end; the next paragraph reopens. Re-punctuation of the Guardian's one-sentence version.", {"unclosed": True}),
 (7, "The council has chosen to pour concrete over the last green space on the estate, and people here won't forget it at the next election.", "aled-penhallow", D, None, "previous-sentence", "Continuation paragraph of the multi-paragraph quote."),
 (7, "Three members changed their minds this afternoon,", "council-officer", D, "said", "descriptor", "Anonymous officer (`the officer said`)."),
 (7, "The Chamber welcomes a decision that puts the city centre within 15 minutes of 30,000 residents.", "pellingford-chamber", D, "said", "explicit-name", "`In a statement, the Pellingford Chamber of Commerce said:`."),
 (8, "We believe the thieves had help from inside the museum,", "rafe-mulgrew", D, "told reporters", "explicit-name", "The Guardian quotes him, at the same Sunday briefing, with the opposite words."),
 (8, "We are following a number of strong leads.", "rafe-mulgrew", D, "told reporters", "explicit-name", "Second sentence of the turn."),
 (8, "The thieves knew exactly where the cameras were,", "rafe-mulgrew", D, "said", "explicit-name", "NEAR-MISS: Sauer's ‘The thieves knew exactly what they were looking for’ (Guardian) is a similar sentence by a different person, a different claim."),
 (8, "These paintings are part of the memory of this city, and they cannot be sold anywhere in the world,", "ottilie-brandvold", D, "said", "pronoun", None),
 (8, "The alarm never went off. We found out when the cleaners came in at six.", "museum-guard", D, "said", "descriptor", "Anonymous guard; denied by the head of security in the Guardian."),
 (8, "Stolen masterpieces are almost never sold; they are used as currency between criminals,", "benedikt-sauer", D, "said", "explicit-name", None),
 (8, "The museum will reopen on Saturday,", "ottilie-brandvold", D, "said", "explicit-name", "NEAR-MISS: ‘The east wing will not reopen on Saturday’ (Guardian) is her own negation of a similar sentence; consistent (the rest of the building reopens)."),
 (9, "The alarm sounded at 2.52am and the guards responded within two minutes,", "konrad-eastby", D, "said", "pronoun", "Denies the guard's account (AP). `within two minutes` is not in conflict with the thieves' `less than 10 minutes` inside (AP): different durations."),
 (9, "We have no reason to believe the thieves had help from inside the museum.", "rafe-mulgrew", D, "told a press conference", "explicit-name", "`Det Ch Insp Rafe Mulgrew, who is leading the investigation, told a press conference on Sunday:`."),
 (9, "We have several promising lines of inquiry,", "rafe-mulgrew", D, "added", "pronoun", "Paraphrase of ‘We are following a number of strong leads’."),
 (9, "they cannot be sold anywhere in the world", "ottilie-brandvold", PT, "said", "explicit-name", "Truncation of her AP quote; full stop outside the marks."),
 (9, "The east wing will not reopen on Saturday,", "ottilie-brandvold", D, "said", "explicit-name", None),
 (9, "Stolen masterpieces are almost never sold; they are used as currency between criminals,", "benedikt-sauer", D, "said", "pronoun", "Verbatim the AP quote."),
 (9, "The thieves knew exactly what they were looking for.", "benedikt-sauer", D, "said", "pronoun", "Second sentence of the turn."),
 (9, "Security at every national museum will be reviewed – starting today,", "ilka-varnes", D, "said", "pronoun", None),
 (10, "They knew where the cameras were", "rafe-mulgrew", D, None, "headline", "Headline quote in single curly marks with no name; the speaker is known from the body quote it shortens. Counted once although the title is repeated.", {"in_title": True}),
 (10, "The thieves knew exactly where the cameras were,", "rafe-mulgrew", D, "told the Evening Post", "explicit-name", None),
 (10, "We are following a number of strong leads.", "rafe-mulgrew", D, "told the Evening Post", "explicit-name", "Second sentence of the turn; verbatim his AP words."),
 (10, "We have lost three paintings,", "ottilie-brandvold", D, "said", "pronoun", "Split quote, first part."),
 (10, "but we have not lost the trust of the people of Estrin.", "ottilie-brandvold", D, "said", "pronoun", "Split quote, second part."),
 (10, "Our members were never told that the skylight sensor had been switched off for repairs.", "hedda-norling", D, "said", "explicit-name", None),
 (10, "Security at every national museum will be reviewed, starting today,", "ilka-varnes", D, "said", "pronoun", "Re-punctuated (comma for the Guardian's dash)."),
 (11, "If the contracts are signed this year, the first trams will run in the spring of 2030,", "yusuf-amberley", D, "told Reuters", "pronoun", "Clauses of the Gazette quote in the other order (same claim)."),
 (11, "The rest will come from our own reserves and from developers building along the route,", "ines-whitmore", D, "said", "pronoun", None),
 (11, "Light rail schemes of this size usually run 20 to 30 percent over budget,", "rhea-kinsale", D, "said", "explicit-name", "Speaker named after the quote (`said Rhea Kinsale, a transport economist at …`)."),
 (11, "reasonable but not generous", "rhea-kinsale", PT, "called", "pronoun", "`She called Pellingford’s estimate “…”`; full stop outside the marks."),
 (11, "If we win in May, the Northline stops,", "desmond-quayle", D, "said", "pronoun", None),
 (12, "We have arrested two men, but the paintings have not been recovered,", "rafe-mulgrew", D, "said", "explicit-name", "`Det Ch Insp Rafe Mulgrew said`."),
 (12, "We have lost three paintings, but we have not lost the trust of the people of Estrin.", "ottilie-brandvold", D, "said", "descriptor", "`The 61-year-old said:` — Brandvold, named in the paragraph before. The Evening Post splits the same words around `she said`."),
 (12, "never been told", "hedda-norling", PT, "told the BBC", "explicit-name", "Partial inside reported speech; the same claim as her Evening Post quote."),
 (12, "It felt like someone had broken into my own house.", "marta-oyelaran", D, "described", "previous-sentence", "Quote paragraph with no attribution; the speaker is named only in the following sentence (`That was how Marta Oyelaran … described the morning after the raid`)."),
 (12, "Art like this is hardly ever sold – thieves use it as a currency among themselves,", "benedikt-sauer", D, "told the BBC", "pronoun", "Paraphrase of his AP/Guardian quote (different words, same meaning)."),
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

# ---------------------------------------------------------------- claim groups
G = [
 ("We are working on the assumption that the trapped miners are alive (Lindell; AP, BBC, live blog)",
  [(1, "We are working on the assumption that they are alive,"), (3, "We are working on the assumption that they are alive. The air in that part of the mine is good and we think they have water."), (4, "We are working on the assumption that they are alive,")]),
 ("Corvane's first and only priority is to bring every one of the men home safely (Thorncroft; Reuters full, AP and live-blog fragments)",
  [(2, "Our first and only priority is to bring every one of these men home safely, and nothing else matters to us right now,"), (1, "bring every one of these men home safely."), (4, "first and only priority")]),
 ("The collapse was not an accident but a choice (Ferrel; re-punctuated: comma, full stop, dash)",
  [(1, "This collapse was not an accident, it was a choice,"), (3, "This collapse was not an accident. It was a choice,"), (4, "This collapse was not an accident – it was a choice,")]),
 ("The inspectorate will open a full investigation into the cause of the collapse (Feld; verbatim in Reuters and the live blog, paraphrased by the BBC)",
  [(2, "The inspectorate will open a full investigation into the cause of the collapse,"), (4, "The inspectorate will open a full investigation into the cause of the collapse."), (3, "We are launching a complete inquiry into what caused the roof to fall.")]),
 ("We will not stop until every last man is brought home (same words: Lindell in AP, the minister Azrak in Reuters — see contradiction x04)",
  [(1, "We will not stop until every last man is brought home."), (2, "We will not stop until every last man is brought home,")]),
 ("This is the day Pellingford stopped talking and started building (same words: Harcastle in the Guardian, Amberley in the Gazette — see contradiction x08)",
  [(5, "This is the day Pellingford stopped talking and started building,"), (7, "This is the day Pellingford stopped talking and started building.")]),
 ("The Northline will connect Quarrydown to the rest of the city for the first time (Harcastle; Guardian, NYT)",
  [(5, "The Northline will connect Quarrydown to the rest of the city for the first time."), (6, "The Northline will connect Quarrydown to the rest of the city for the first time,")]),
 ("The tram scheme will bankrupt the city (Quayle; paraphrase: ‘will leave Pellingford broke’)",
  [(5, "This scheme will bankrupt the city,"), (6, "This project will leave Pellingford broke,")]),
 ("The first trams will run on the extension in the spring of 2030 if the contracts are signed this year (Amberley; Gazette full, Reuters reordered, Guardian fragment)",
  [(7, "The first trams will run on the extension in the spring of 2030, if the contracts are signed this year."), (11, "If the contracts are signed this year, the first trams will run in the spring of 2030,"), (5, "in the spring of 2030")]),
 ("We will fight this in the courts and we will win (Penhallow; one sentence in the Guardian, two in the Gazette)",
  [(5, "We will fight this in the courts, and we will win,"), (7, "We will fight this in the courts. And we will win.")]),
 ("The stolen paintings cannot be sold anywhere in the world (Brandvold; AP full, Guardian fragment)",
  [(8, "These paintings are part of the memory of this city, and they cannot be sold anywhere in the world,"), (9, "they cannot be sold anywhere in the world")]),
 ("Stolen masterpieces are almost never sold but used as currency between criminals (Sauer; verbatim AP and Guardian, paraphrased by the BBC)",
  [(8, "Stolen masterpieces are almost never sold; they are used as currency between criminals,"), (9, "Stolen masterpieces are almost never sold; they are used as currency between criminals,"), (12, "Art like this is hardly ever sold – thieves use it as a currency among themselves,")]),
 ("Security at every national museum will be reviewed, starting today (Varnes; dash vs comma)",
  [(9, "Security at every national museum will be reviewed – starting today,"), (10, "Security at every national museum will be reviewed, starting today,")]),
 ("Police are following strong leads (Mulgrew; verbatim AP and Evening Post, paraphrased in the Guardian as ‘several promising lines of inquiry’)",
  [(8, "We are following a number of strong leads."), (10, "We are following a number of strong leads."), (9, "We have several promising lines of inquiry,")]),
 ("The thieves knew exactly where the cameras were (Mulgrew; AP, Evening Post body, and its shortened headline)",
  [(8, "The thieves knew exactly where the cameras were,"), (10, "The thieves knew exactly where the cameras were,"), (10, "They knew where the cameras were")]),
 ("We have lost three paintings but not the trust of the people of Estrin (Brandvold; one quote in the BBC, split around `she said` in the Evening Post)",
  [(12, "We have lost three paintings, but we have not lost the trust of the people of Estrin."), (10, "We have lost three paintings,"), (10, "but we have not lost the trust of the people of Estrin.")]),
 ("Guards were never told the skylight sensor had been switched off (Norling; Evening Post full, BBC fragment)",
  [(10, "Our members were never told that the skylight sensor had been switched off for repairs."), (12, "never been told")]),
]
claim_groups = [{"id": f"c{i:02d}", "gist": g, "quotes": [Qr(n, t) for n, t in m]} for i, (g, m) in enumerate(G, 1)]
grp_of = {q: c["id"] for c in claim_groups for q in c["quotes"]}

# ---------------------------------------------------------------- indirect claims
IC = [
 (1, "mara-lindell", "Lindell said rescuers had begun drilling a narrow tunnel toward a chamber where the men were believed to have sheltered, and that fresh air was being pumped down an old ventilation pipe."),
 (1, "corvane-mining", "The mine’s operator, Corvane Mining, said in a statement that 31 workers had been on the night shift and that eight of them had climbed to the surface on their own."),
 (1, "bogdan-ferrel", "Bogdan Ferrel, president of the Caldrian Mineworkers’ Union, said his members had reported cracks in the roof of the Number 4 shaft several times since the summer."),
 (2, "caldrian-mineworkers-union", "The Caldrian Mineworkers’ Union said it had warned Corvane in writing three times since June about cracks in the roof of the shaft."),
 (2, "teodor-azrak", "Azrak said the government would wait for the findings of the national mine safety inspectorate before deciding whether to suspend Corvane’s license."),
 (3, "corvane-mining", "Mining company Corvane says it received no warning about the roof of the shaft."),
 (5, "desmond-quayle", "The opposition leader, Desmond Quayle, said the council could not afford the project."),
 (5, "save-quarrydown-green", "Campaigners from Save Quarrydown Green, who oppose the route across the estate’s only park, said they would take the council to court.", "c10"),
 (6, "aled-penhallow", "Aled Penhallow, who leads a campaign to save the estate’s only park from the route, said the council had not listened."),
 (7, "yusuf-amberley", "Mr Amberley said passenger numbers would grow steadily once the line was open."),
 (7, "council-officer", "A senior council officer, who asked not to be named, said the result had been in doubt until the last minute."),
 (8, "rafe-mulgrew", "Detective Chief Inspector Rafe Mulgrew of the Estrin police said the thieves had come in through a skylight above the east wing and had been inside for less than 10 minutes."),
 (8, "benedikt-sauer", "Benedikt Sauer, an art-recovery specialist who has worked on dozens of museum thefts, said the paintings were unlikely to be offered on the open market."),
 (9, "ottilie-brandvold", "The director of Soravia’s best-known art museum has insisted that its alarms worked properly during Sunday’s raid, in which thieves took three paintings from the east wing of the Halvard Museum in Estrin."),
 (9, "konrad-eastby", "Konrad Eastby, the museum’s head of security, rejected reports that the alarm had failed."),
 (9, "ottilie-brandvold", "The museum’s insurance covers up to €20m of the loss, she said."),
 (11, "yusuf-amberley", "Pellingford Transit plans to put the main civil engineering contract out to tender in November, director Yusuf Amberley said."),
 (11, "ines-whitmore", "Councillor Ines Whitmore, who holds the council’s finance portfolio, said the city would borrow about two thirds of the cost from the national infrastructure bank."),
 (11, "desmond-quayle", "Opposition leader Desmond Quayle told Reuters he would try to cancel the scheme if his party won control of the council in next May’s elections."),
 (12, "hedda-norling", "Hedda Norling, of the Soravian Security Workers’ Union, told the BBC that guards had “never been told” that a sensor on the skylight was switched off.", "c17"),
 (12, "benedikt-sauer", "Art-recovery specialist Benedikt Sauer said the men who ordered the theft were unlikely to be the ones caught."),
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

AP_MINE = "KETTLEBY RIDGE, Caldria (AP) — Part of the roof of a copper mine in the Caldrian highlands collapsed early Tuesday, trapping 23 miners about 640 meters below the surface, officials said."
X = [
 ("numeric", side(1, AP_MINE), side(2, "KETTLEBY RIDGE, Caldria, Nov 4 (Reuters) - Nineteen miners remained trapped underground on Wednesday after a roof fall at a copper mine run by Corvane Mining in central Caldria, the country’s mining ministry said, and none of the men has yet been reached."),
  "Miners trapped: 23 (AP, day 1; also the BBC on day 2 and the live blog after its own update from 17) vs 19 (Reuters, day 2, with nobody yet reached, so not a later update)."),
 ("numeric", side(1, AP_MINE), side(3, "The miners are thought to be sheltering in a chamber about 460m (1,509ft) underground."),
  "Depth of the trapped men: about 640 meters (AP) vs about 460m (BBC)."),
 ("denial", side(2, "Corvane ignored three written warnings about cracks in that roof. Three,", True), side(2, "No warning about the roof of the Number 4 shaft was ever received by management,", True),
  "The union says Corvane ignored three written warnings about the roof; the company spokeswoman says no warning was ever received (also article 3, indirect: `Mining company Corvane says it received no warning`)."),
 ("attribution", side(1, "We will not stop until every last man is brought home.", True), side(2, "We will not stop until every last man is brought home,", True),
  "The same words given to Mara Lindell, head of the emergency service (AP), and to the mines minister Teodor Azrak (Reuters)."),
 ("numeric", side(5, "Councillors voted 34 to 29 in favour after a five-hour debate on Wednesday evening that was repeatedly interrupted by protesters in the public gallery."), side(7, "Councillors have voted by 35 votes to 28 to approve the long-awaited Northline tram extension to Quarrydown."),
  "Council vote: 34 to 29 (Guardian; the NYT and Reuters agree) vs 35 to 28 (Pellingford Gazette)."),
 ("numeric", side(5, "Pellingford city council has approved a £412m extension of the city’s tram network to the Quarrydown estate, ending more than a decade of argument over a scheme that its supporters say will transform one of the poorest districts in the region."), side(6, "The extension is expected to cost £446 million, or about $590 million, and to open in 2030."),
  "Cost of the extension: £412m (Guardian; the Gazette and Reuters agree) vs £446 million (NYT). Reuters' earlier 360 million pounds (2022) is an update over time that the text states, not a contradiction."),
 ("denial", side(5, "She promised residents a referendum and she broke that promise,", True), side(6, "I never promised a referendum, and I challenge anyone to find where I did,", True),
  "Quayle says Harcastle promised a referendum and broke the promise; Harcastle denies ever promising one."),
 ("attribution", side(5, "This is the day Pellingford stopped talking and started building,", True), side(7, "This is the day Pellingford stopped talking and started building.", True),
  "The same words given to the council leader Nell Harcastle (Guardian) and to the transit director Yusuf Amberley (Gazette)."),
 ("numeric", side(8, "ESTRIN, Soravia (AP) — Thieves broke into the Halvard Museum of Art in the Soravian capital early Sunday and escaped with three 17th-century paintings valued at about 48 million euros, police said."), side(9, "The paintings are worth an estimated €84m, according to the Soravian culture ministry."),
  "Value of the three stolen paintings: about 48 million euros (AP, police) vs €84m (Guardian, culture ministry). Not the €20m insurance cover, a different quantity. The BBC (article 12) agrees with €84m."),
 ("denial", side(8, "The alarm never went off. We found out when the cleaners came in at six.", True), side(9, "The alarm sounded at 2.52am and the guards responded within two minutes,", True),
  "An anonymous guard says the alarm never went off; the head of security says it sounded at 2.52am and the guards responded."),
 ("other", side(8, "We believe the thieves had help from inside the museum,", True), side(9, "We have no reason to believe the thieves had help from inside the museum.", True),
  "Same speaker (Mulgrew), same Sunday briefing, materially different words: AP has him suspecting inside help, the Guardian has him saying there is no reason to believe it (a wording conflict)."),
]
contradictions = [{"id": f"x{i:02d}", "kind": k, "a": a, "b": b, "note": note} for i, (k, a, b, note) in enumerate(X, 1)]

gold = {"corpus": "heldout2-digest.txt", "articles": articles, "speakers": speakers, "quotes": quotes,
        "claim_groups": claim_groups, "indirect_claims": indirect, "contradictions": contradictions}
with open(os.path.join(here, "heldout2-gold.json"), "w", encoding="utf-8") as f:
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
 ("negation", (1, "The men knew the roof was dangerous,"), (3, "The men did not know the roof had already cracked,"), "Ferrel's own negation of a similar sentence; different claims, both can be true."),
 ("negation", (8, "The museum will reopen on Saturday,"), (9, "The east wing will not reopen on Saturday,"), "Brandvold; the museum reopens, its east wing does not: consistent."),
 ("negation", (8, "We believe the thieves had help from inside the museum,"), (9, "We have no reason to believe the thieves had help from inside the museum."), "Mulgrew: opposite wording; a contradiction (x11), not one claim."),
 ("figure", (4, "We have drilled 40 metres of the rescue tunnel so far."), (4, "We have drilled 75 metres of the rescue tunnel so far,"), "Lindell: same sentence, different figure (a later update the blog states): not one claim, not a contradiction."),
 ("figure", (6, "The line will carry 14,000 passengers a day in its first year,"), (7, "The line will carry 40,000 passengers a day by 2040,"), "Amberley: same sentence frame, different figure for a different year."),
 ("other-speaker", (6, "The tram will bring customers back to Tanner Street,"), (6, "The tram will bring nothing to Quarrydown but noise,"), "Lachaise vs Penhallow: similar sentences, different people, different claims."),
 ("other-speaker", (8, "The thieves knew exactly where the cameras were,"), (9, "The thieves knew exactly what they were looking for."), "Mulgrew vs Sauer: similar sentences, different people, different claims."),
 ("other-speaker", (1, "All we want is to have them home,"), (2, "Our first and only priority is to bring every one of these men home safely, and nothing else matters to us right now,"), "A relative (Haver) vs the chief executive (Thorncroft)."),
 ("other-speaker", (8, "The alarm never went off. We found out when the cleaners came in at six."), (9, "The alarm sounded at 2.52am and the guards responded within two minutes,"), "Guard vs head of security: a denial (x10), not one claim."),
]
NOT_CONTRA = [
 ("update", (4, "07:02 At least 17 miners are trapped after part of the roof of the Number 4 shaft at the Corvane copper mine in Kettleby Ridge collapsed shortly before 4am, the provincial emergency service says."), (4, "11:30 Corvane now says 23 miners are trapped, up from the 17 reported this morning."), "Figure updated over time, and the blog says so."),
 ("update", (4, "We have drilled 40 metres of the rescue tunnel so far."), (4, "We have drilled 75 metres of the rescue tunnel so far,"), "Drilling progress at 10:00 and 16:40 (`up from 40 metres this morning`)."),
 ("update", (11, "PELLINGFORD, Sept 18 (Reuters) - Construction firms are preparing to bid for work on Pellingford’s Northline tram extension after the city council approved the 412 million pound ($535 million) project late on Wednesday, the city’s transit operator said on Thursday."), (11, "The cost estimate has risen from 360 million pounds when the scheme was first costed in 2022, mainly because of higher steel prices, council papers show."), "Cost estimate 2022 vs 2026: an update the text states."),
 ("different-quantity", (3, "Rescuers have so far dug 90m of a planned 120m escape tunnel."), (3, "The miners are thought to be sheltering in a chamber about 460m (1,509ft) underground."), "Tunnel dug, tunnel planned and depth are three quantities (the 460m vs AP's 640 meters is x02)."),
 ("different-quantity", (1, "The mine’s operator, Corvane Mining, said in a statement that 31 workers had been on the night shift and that eight of them had climbed to the surface on their own."), (1, "KETTLEBY RIDGE, Caldria (AP) — Part of the roof of a copper mine in the Caldrian highlands collapsed early Tuesday, trapping 23 miners about 640 meters below the surface, officials said."), "31 on the shift, 8 escaped, 23 trapped: consistent."),
 ("different-quantity", (5, "Councillors voted 34 to 29 in favour after a five-hour debate on Wednesday evening that was repeatedly interrupted by protesters in the public gallery."), (5, "A public consultation last year found that 61% of 9,200 respondents backed the plan."), "Council vote vs consultation respondents."),
 ("different-quantity", (9, "The paintings are worth an estimated €84m, according to the Soravian culture ministry."), (9, "The museum’s insurance covers up to €20m of the loss, she said."), "Value vs insurance cover."),
 ("different-quantity", (6, "The extension is expected to cost £446 million, or about $590 million, and to open in 2030."), (11, "Light rail schemes of this size usually run 20 to 30 percent over budget,"), "A cost vs a typical overrun percentage."),
 ("different-duration", (1, "The mine was closed for three weeks in January after a fire in a conveyor tunnel, according to provincial records."), (2, "at least four days"), "Closure after a fire in January vs the rescue's expected length."),
 ("different-duration", (5, "Construction is expected to take four years."), (6, "“The Northline will connect Quarrydown to the rest of the city for the first time,” said Nell Harcastle, the council’s leader, who has made the tram the centerpiece of her four years in charge."), "Construction time vs Harcastle's time as leader."),
 ("different-duration", (5, "The council first debated a tram to Quarrydown 11 years ago."), (5, "Construction is expected to take four years."), "Years of debate vs years of construction."),
 ("different-duration", (8, "Detective Chief Inspector Rafe Mulgrew of the Estrin police said the thieves had come in through a skylight above the east wing and had been inside for less than 10 minutes."), (9, "The alarm sounded at 2.52am and the guards responded within two minutes,"), "Time the thieves were inside vs the guards' response time."),
 ("consistent", (8, "The museum will reopen on Saturday,"), (9, "The east wing will not reopen on Saturday,"), "The rest of the building reopens (`adding that the rest of the building would`)."),
 ("consistent", (5, "Yusuf Amberley, director of Pellingford Transit, said the first trams would run “in the spring of 2030”."), (6, "The extension is expected to cost £446 million, or about $590 million, and to open in 2030."), "`open in 2030` (NYT) agrees with `the spring of 2030` (Guardian, Gazette, Reuters)."),
]
near = {"corpus": "heldout2-digest.txt",
        "note": "Pairs a tool must NOT put in one claim group (not_same_claim) and pairs it must NOT list as contradictions (not_contradiction). Not part of the gold format; an aid for counting false positives.",
        "not_same_claim": [{"id": f"n{i:02d}", "why": w, "a": ref(*a), "b": ref(*b), "note": note} for i, (w, a, b, note) in enumerate(NOT_SAME, 1)],
        "not_contradiction": [{"id": f"m{i:02d}", "why": w, "a": ref(*a), "b": ref(*b), "note": note} for i, (w, a, b, note) in enumerate(NOT_CONTRA, 1)]}
for n in near["not_same_claim"]:
    qa, qb = n["a"].get("quote"), n["b"].get("quote")
    assert qa and qb and not (grp_of.get(qa) and grp_of.get(qa) == grp_of.get(qb)), n
with open(os.path.join(here, "heldout2-nearmiss.json"), "w", encoding="utf-8") as f:
    json.dump(near, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote heldout2-nearmiss.json: {len(near['not_same_claim'])} not-same-claim pairs, {len(near['not_contradiction'])} not-contradiction pairs")

print(f"wrote heldout2-gold.json: {len(articles)} articles, {len(quotes)} quotes, {len(claim_groups)} groups, "
      f"{len(contradictions)} contradictions, {len(indirect)} indirect claims")
