-- Indexes for the reads that must not grow with the store (issues 16 and 18). Plain CREATE INDEX only, so the
-- same file serves every database whosaid runs on.

-- The claims of stored wordings (the fact-check query's nearest wordings by meaning, and the claims stage's exact
-- copies of a new wording): without it every look-up scanned every quote.
CREATE INDEX quote_text ON quote (text);

-- A contradiction's sides by quote: a speaker's contradictions are found from their quotes.
CREATE INDEX contradiction_a_quote ON contradiction (a_quote_id);
CREATE INDEX contradiction_b_quote ON contradiction (b_quote_id);

-- A story's contradictions, strongest first, and the web app's page of contradictions by strength.
CREATE INDEX contradiction_strength ON contradiction (strength, id);

-- The page of stories, largest and latest first.
CREATE INDEX story_rank ON story (articles, last_published);
