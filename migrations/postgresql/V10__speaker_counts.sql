-- Each speaker's quotations counted, in total and by outlet (SQLite's V10, in PostgreSQL's terms), so that a list
-- of speakers ranked by how often they are quoted, and a speaker's outlets, are read from a few rows instead of
-- grouping every quote of every speaker on each request. Triggers keep the counts in the same transaction as the
-- quotes they count. Inserts and deletes are counted once per statement (its transition table), as V9 counts terms,
-- so a batch of quotes updates each speaker once; a speaker changed on a quote (a merge) is counted a row at a time:
-- PostgreSQL allows no transition table on a trigger with a column list, and a trigger on every update would also
-- run for each claim assignment.

-- outlet_id 0 stands for articles without an outlet: counted in the total, never listed as an outlet.
CREATE TABLE speaker_outlet (
    speaker_id BIGINT  NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    outlet_id  BIGINT  NOT NULL,
    quotes     INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, outlet_id)
);

ALTER TABLE speaker ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;

INSERT INTO speaker_outlet (speaker_id, outlet_id, quotes)
SELECT q.speaker_id, coalesce(a.outlet_id, 0), count(*)
FROM quote q JOIN article a ON a.id = q.article_id
WHERE q.speaker_id IS NOT NULL
GROUP BY q.speaker_id, coalesce(a.outlet_id, 0);

UPDATE speaker SET quotes = counted.quotes
FROM (SELECT speaker_id, sum(quotes) AS quotes FROM speaker_outlet GROUP BY speaker_id) AS counted
WHERE speaker.id = counted.speaker_id;

-- The speakers list's order (most quoted first, then by name as names sort, then id), walked a page at a time.
CREATE INDEX speaker_rank ON speaker (quotes DESC, (lower(name) COLLATE "C"), id);

CREATE FUNCTION speaker_count_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO speaker_outlet (speaker_id, outlet_id, quotes)
    SELECT added.speaker_id, coalesce(a.outlet_id, 0), count(*)
    FROM added JOIN article a ON a.id = added.article_id
    WHERE added.speaker_id IS NOT NULL
    GROUP BY added.speaker_id, coalesce(a.outlet_id, 0)
    ON CONFLICT (speaker_id, outlet_id) DO UPDATE SET quotes = speaker_outlet.quotes + excluded.quotes;
    UPDATE speaker SET quotes = speaker.quotes + counted.quotes
    FROM (SELECT speaker_id, count(*) AS quotes FROM added WHERE speaker_id IS NOT NULL GROUP BY speaker_id)
        AS counted
    WHERE speaker.id = counted.speaker_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION speaker_count_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE speaker_outlet SET quotes = speaker_outlet.quotes - counted.quotes
    FROM (SELECT removed.speaker_id, coalesce(a.outlet_id, 0) AS outlet_id, count(*) AS quotes
          FROM removed LEFT JOIN article a ON a.id = removed.article_id
          WHERE removed.speaker_id IS NOT NULL
          GROUP BY removed.speaker_id, coalesce(a.outlet_id, 0)) AS counted
    WHERE speaker_outlet.speaker_id = counted.speaker_id AND speaker_outlet.outlet_id = counted.outlet_id;
    DELETE FROM speaker_outlet WHERE quotes <= 0
        AND speaker_id IN (SELECT speaker_id FROM removed WHERE speaker_id IS NOT NULL);
    UPDATE speaker SET quotes = speaker.quotes - counted.quotes
    FROM (SELECT speaker_id, count(*) AS quotes FROM removed WHERE speaker_id IS NOT NULL GROUP BY speaker_id)
        AS counted
    WHERE speaker.id = counted.speaker_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION speaker_count_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    outlet BIGINT := coalesce((SELECT outlet_id FROM article WHERE id = new.article_id), 0);
BEGIN
    IF old.speaker_id IS NOT NULL THEN
        UPDATE speaker_outlet SET quotes = quotes - 1 WHERE speaker_id = old.speaker_id AND outlet_id = outlet;
        DELETE FROM speaker_outlet WHERE speaker_id = old.speaker_id AND quotes <= 0;
        UPDATE speaker SET quotes = quotes - 1 WHERE id = old.speaker_id;
    END IF;
    IF new.speaker_id IS NOT NULL THEN
        INSERT INTO speaker_outlet (speaker_id, outlet_id, quotes) VALUES (new.speaker_id, outlet, 1)
        ON CONFLICT (speaker_id, outlet_id) DO UPDATE SET quotes = speaker_outlet.quotes + 1;
        UPDATE speaker SET quotes = quotes + 1 WHERE id = new.speaker_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER quote_speaker_count_insert AFTER INSERT ON quote REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION speaker_count_added();
CREATE TRIGGER quote_speaker_count_delete AFTER DELETE ON quote REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION speaker_count_removed();
CREATE TRIGGER quote_speaker_count_update AFTER UPDATE OF speaker_id ON quote FOR EACH ROW
    WHEN (old.speaker_id IS DISTINCT FROM new.speaker_id) EXECUTE FUNCTION speaker_count_moved();
