-- whosaid schema, version 1. This folder is the only source of the schema: Flyway applies it when the tool
-- opens a database, and the build generates the jOOQ classes from it. db/README.md explains each table.

-- A news outlet, as the articles name it ("The Guardian", "Reuters").
CREATE TABLE outlet (
    id   INTEGER PRIMARY KEY,
    name TEXT COLLATE NOCASE NOT NULL UNIQUE
);

-- One news article. body is the text every offset in the store points into; it is stored exactly as read.
CREATE TABLE article (
    id          INTEGER PRIMARY KEY,
    external_id TEXT,                                   -- the id the input gave (JSONL "id"), else NULL
    title       TEXT,
    dek         TEXT,                                   -- standfirst under the title, not part of body
    outlet_id   INTEGER REFERENCES outlet (id),
    byline      TEXT,
    published   TEXT,                                   -- ISO date (yyyy-mm-dd) or NULL
    url         TEXT,
    body        TEXT    NOT NULL,
    body_hash   TEXT    NOT NULL UNIQUE,                -- SHA-256 of body: the same article is stored once
    source      TEXT    NOT NULL,                       -- file it came from ("-" for standard input)
    source_line INTEGER NOT NULL,                       -- line in that file where the article starts
    ingested_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX article_outlet ON article (outlet_id);
CREATE INDEX article_published ON article (published);
CREATE INDEX article_external_id ON article (external_id);

-- A person or organisation that says things. name is the canonical name: the fullest proper name seen.
CREATE TABLE speaker (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'organisation', 'unknown')),
    role        TEXT,                                   -- "defence minister", as the articles give it
    affiliation TEXT,
    anonymous   INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1))
);
CREATE INDEX speaker_name ON speaker (name COLLATE NOCASE);

-- Every other form a speaker is named by: "Mujahid", "Mr. Mujahid", "the Taliban spokesman".
CREATE TABLE speaker_alias (
    speaker_id INTEGER NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    alias      TEXT    NOT NULL,
    kind       TEXT    NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'descriptor')),
    PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX speaker_alias_alias ON speaker_alias (alias COLLATE NOCASE);

-- A claim: every wording of one statement, across articles and outlets.
CREATE TABLE claim (
    id              INTEGER PRIMARY KEY,
    text            TEXT NOT NULL,                      -- the representative (fullest) wording
    first_published TEXT,
    last_published  TEXT,
    embedding       BLOB                                -- sentence vector of text, so a re-run need not recompute it
);

-- A quotation (or reported statement) in an article, with its evidence and how it was attributed.
CREATE TABLE quote (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    in_title        INTEGER NOT NULL DEFAULT 0 CHECK (in_title IN (0, 1)), -- 1: offsets point into the title
    start           INTEGER NOT NULL,                   -- offset of the first quoted character in body (or title)
    "end"           INTEGER NOT NULL,                   -- offset after the last quoted character, exclusive
    text            TEXT    NOT NULL,                   -- the words between the marks; equals body[start, end)
    kind            TEXT    NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    speaker_id      INTEGER REFERENCES speaker (id),
    speaker_mention TEXT,                               -- the words that name the speaker here ("he", "the minister")
    cue             TEXT,                               -- the verb of saying ("said", "told", "according to")
    sieve           TEXT,                               -- which attribution rule decided
    confidence      REAL,
    claim_id        INTEGER REFERENCES claim (id),
    CHECK (start >= 0 AND "end" >= start),
    UNIQUE (article_id, in_title, start, "end", kind)
);
CREATE INDEX quote_speaker ON quote (speaker_id);
CREATE INDEX quote_claim ON quote (claim_id);

-- Two statements that disagree, each side pointing at its evidence.
CREATE TABLE contradiction (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('numeric', 'denial', 'attribution', 'wording', 'other')),
    a_article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    a_quote_id   INTEGER REFERENCES quote (id) ON DELETE CASCADE,
    a_start      INTEGER NOT NULL,
    a_end        INTEGER NOT NULL,
    a_text       TEXT    NOT NULL,
    b_article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    b_quote_id   INTEGER REFERENCES quote (id) ON DELETE CASCADE,
    b_start      INTEGER NOT NULL,
    b_end        INTEGER NOT NULL,
    b_text       TEXT    NOT NULL,
    why          TEXT    NOT NULL,
    strength     REAL    NOT NULL DEFAULT 0
);
CREATE INDEX contradiction_kind ON contradiction (kind);

-- Full-text search over quote and claim wordings, for `whosaid check`. External-content tables kept in step by triggers.
CREATE VIRTUAL TABLE quote_fts USING fts5(text, content = 'quote', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
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

CREATE VIRTUAL TABLE claim_fts USING fts5(text, content = 'claim', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
    INSERT INTO claim_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER claim_fts_update AFTER UPDATE OF text ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claim_fts (rowid, text) VALUES (new.id, new.text);
END;
