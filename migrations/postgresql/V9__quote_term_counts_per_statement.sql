-- PostgreSQL only (SQLite reads its term counts from the FTS5 index and needs no change; its next migration is V10).
-- quote_term's counts were kept a row at a time: every inserted quote upserted each of its terms, so a batch of
-- quotes updated a common term's row once a quote, and in one transaction each update leaves another version of
-- that row to step over: storing a file's quotes cost seconds in these triggers alone. Inserts and deletes now count
-- the terms of all the rows a statement touched (its transition table) and update each term once. The counts are
-- the same: a quote's tsvector holds each term once, so a term's count is the number of quotes holding it.
-- Updates of quote text stay a row at a time: PostgreSQL allows no transition table on a trigger with a column
-- list, and such updates are rare.

DROP TRIGGER quote_term_insert ON quote;
DROP TRIGGER quote_term_delete ON quote;

CREATE FUNCTION quote_term_count_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO quote_term (term, doc)
    SELECT t.lexeme, count(*) FROM added, unnest(to_tsvector('simple', added.text)) AS t
    GROUP BY t.lexeme
    ON CONFLICT (term) DO UPDATE SET doc = quote_term.doc + excluded.doc;
    RETURN NULL;
END
$$;

CREATE FUNCTION quote_term_count_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quote_term SET doc = quote_term.doc - removed_terms.doc
    FROM (SELECT t.lexeme AS term, count(*) AS doc
          FROM removed, unnest(to_tsvector('simple', removed.text)) AS t
          GROUP BY t.lexeme) AS removed_terms
    WHERE quote_term.term = removed_terms.term;
    RETURN NULL;
END
$$;

CREATE TRIGGER quote_term_insert AFTER INSERT ON quote REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION quote_term_count_added();
CREATE TRIGGER quote_term_delete AFTER DELETE ON quote REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION quote_term_count_removed();
