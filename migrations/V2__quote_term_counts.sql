-- whosaid schema, version 2: how many quotes hold each full-text term, for `whosaid check`. A word that most
-- quotes hold says little about which claim a text states, and scoring every quote that holds it cost seconds on a
-- million quotes; the check query looks the counts up here and searches for the telling words. fts5vocab reads
-- the counts straight from quote_fts's index: nothing to keep in step.
CREATE VIRTUAL TABLE quote_fts_terms USING fts5vocab(quote_fts, 'row');
