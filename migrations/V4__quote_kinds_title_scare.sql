-- whosaid schema, version 4: a quote's kind may be 'title' (the title of a book, film, show, song, column) or
-- 'scare' (scare quotes, a nickname, a slogan, a chant, a sign, a word used as a word) besides direct, partial and
-- indirect: quoted words that are nobody's speech are kept as evidence, with no speaker and no claim. SQLite cannot
-- change a CHECK constraint in place, so the quote table is rebuilt with the same ids (quote_fts indexes rows by id
-- and stays valid); dropping the old table cascades to the contradictions that point at quotes, so they are kept
-- aside and put back.
CREATE TABLE contradiction_kept AS SELECT * FROM contradiction;

CREATE TABLE quote_v4 (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    in_title        INTEGER NOT NULL DEFAULT 0 CHECK (in_title IN (0, 1)),
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect', 'title', 'scare')),
    speaker_id      INTEGER REFERENCES speaker (id),
    speaker_mention TEXT,
    cue             TEXT,
    sieve           TEXT,
    confidence      REAL,
    claim_id        INTEGER REFERENCES claim (id),
    CHECK (start >= 0 AND "end" >= start),
    UNIQUE (article_id, in_title, start, "end", kind)
);
INSERT INTO quote_v4 SELECT id, article_id, in_title, start, "end", text, kind, speaker_id, speaker_mention, cue,
                            sieve, confidence, claim_id FROM quote;
DROP TABLE quote;
ALTER TABLE quote_v4 RENAME TO quote;
CREATE INDEX quote_speaker ON quote (speaker_id);
CREATE INDEX quote_claim ON quote (claim_id);
CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
    INSERT INTO quote_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quote_fts (rowid, text) VALUES (new.id, new.text);
END;

DELETE FROM contradiction;
INSERT INTO contradiction SELECT * FROM contradiction_kept;
DROP TABLE contradiction_kept;
