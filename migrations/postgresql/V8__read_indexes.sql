-- PostgreSQL's copy of migrations/V8__read_indexes.sql: the same indexes, except that the wording index is a hash
-- index, because a B-tree entry must fit in a third of a page and a long quotation would make the insert fail. The
-- reads it serves compare wordings for equality only, which a hash index answers.

CREATE INDEX quote_text ON quote USING hash (text);

CREATE INDEX contradiction_a_quote ON contradiction (a_quote_id);
CREATE INDEX contradiction_b_quote ON contradiction (b_quote_id);

CREATE INDEX contradiction_strength ON contradiction (strength, id);

CREATE INDEX story_rank ON story (articles, last_published);
