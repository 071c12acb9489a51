-- whosaid schema for PostgreSQL, as of version 7 of the SQLite migrations in the folder above (V1-V7 there). A
-- PostgreSQL store starts at version 7 in one step; from here on a migration of version N there has its
-- PostgreSQL form here under the same version. Same tables, columns and names as SQLite, so the jOOQ classes
-- generated from the SQLite schema serve both; what differs:
--   - ids are BIGINT, and a row inserted without one gets max(id) + 1, as SQLite gives an INTEGER PRIMARY KEY
--     (see next_id below): the same input then gets the same ids in both stores;
--   - case-insensitive names (outlet.name, speaker names) are lower(...) indexes instead of COLLATE NOCASE;
--   - full-text search over quote text is a GIN index over to_tsvector('simple', text) instead of FTS5, and the
--     term counts of quote_fts_terms are kept by triggers in quote_term;
--   - vectors are bytea (same bytes: float32, little-endian).

-- Gives a row inserted without an id the next one after the highest stored, as SQLite does. Writers hold the
-- store's writer lock (an advisory lock, see whosaid.store.Database) while they insert, so two never take one id.
CREATE FUNCTION next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', TG_TABLE_NAME) INTO NEW.id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TABLE outlet (
    id   BIGINT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE UNIQUE INDEX outlet_name ON outlet (lower(name));
CREATE TRIGGER outlet_id BEFORE INSERT ON outlet FOR EACH ROW EXECUTE FUNCTION next_id();

CREATE TABLE article (
    id          BIGINT PRIMARY KEY,
    external_id TEXT,
    title       TEXT,
    dek         TEXT,
    outlet_id   BIGINT REFERENCES outlet (id),
    byline      TEXT,
    published   TEXT,
    url         TEXT,
    body        TEXT    NOT NULL,
    body_hash   TEXT    NOT NULL UNIQUE,
    source      TEXT    NOT NULL,
    source_line INTEGER NOT NULL,
    ingested_at TEXT    NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'),
    language    TEXT,
    fetched     TEXT
);
CREATE INDEX article_outlet ON article (outlet_id);
CREATE INDEX article_published ON article (published);
CREATE INDEX article_external_id ON article (external_id);
CREATE TRIGGER article_id BEFORE INSERT ON article FOR EACH ROW EXECUTE FUNCTION next_id();

CREATE TABLE speaker (
    id          BIGINT PRIMARY KEY,
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'organisation', 'unknown')),
    role        TEXT,
    affiliation TEXT,
    anonymous   INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1))
);
CREATE INDEX speaker_name ON speaker (lower(name));
CREATE TRIGGER speaker_id BEFORE INSERT ON speaker FOR EACH ROW EXECUTE FUNCTION next_id();

CREATE TABLE speaker_alias (
    speaker_id BIGINT NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    alias      TEXT   NOT NULL,
    kind       TEXT   NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'descriptor')),
    PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX speaker_alias_alias ON speaker_alias (lower(alias));

CREATE TABLE claim (
    id              BIGINT PRIMARY KEY,
    text            TEXT NOT NULL,
    first_published TEXT,
    last_published  TEXT,
    embedding       BYTEA
);
CREATE TRIGGER claim_id BEFORE INSERT ON claim FOR EACH ROW EXECUTE FUNCTION next_id();

CREATE TABLE quote (
    id              BIGINT PRIMARY KEY,
    article_id      BIGINT  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    in_title        INTEGER NOT NULL DEFAULT 0 CHECK (in_title IN (0, 1)),
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect', 'title', 'scare')),
    speaker_id      BIGINT REFERENCES speaker (id),
    speaker_mention TEXT,
    cue             TEXT,
    sieve           TEXT,
    confidence      DOUBLE PRECISION,
    claim_id        BIGINT REFERENCES claim (id),
    CHECK (start >= 0 AND "end" >= start),
    UNIQUE (article_id, in_title, start, "end", kind)
);
CREATE INDEX quote_speaker ON quote (speaker_id);
CREATE INDEX quote_claim ON quote (claim_id);
CREATE TRIGGER quote_id BEFORE INSERT ON quote FOR EACH ROW EXECUTE FUNCTION next_id();

-- Full-text search over quote text (SQLite: quote_fts). 'simple' neither stems nor drops stop words, as FTS5's
-- unicode61 tokenizer does neither; unaccent is an extension, so diacritics are kept (see Reads.claimsMatching).
CREATE INDEX quote_text_search ON quote USING gin (to_tsvector('simple', text));

-- How many quotes hold each full-text term (SQLite: quote_fts_terms, read from the FTS5 index), kept by triggers.
CREATE TABLE quote_term (
    term TEXT   PRIMARY KEY,
    doc  BIGINT NOT NULL
);
CREATE FUNCTION quote_term_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE quote_term SET doc = doc - 1
        WHERE term IN (SELECT lexeme FROM unnest(to_tsvector('simple', OLD.text)));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO quote_term (term, doc)
        SELECT lexeme, 1 FROM unnest(to_tsvector('simple', NEW.text))
        ON CONFLICT (term) DO UPDATE SET doc = quote_term.doc + 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER quote_term_insert AFTER INSERT ON quote FOR EACH ROW EXECUTE FUNCTION quote_term_count();
CREATE TRIGGER quote_term_delete AFTER DELETE ON quote FOR EACH ROW EXECUTE FUNCTION quote_term_count();
CREATE TRIGGER quote_term_update AFTER UPDATE OF text ON quote FOR EACH ROW EXECUTE FUNCTION quote_term_count();

CREATE TABLE wording_vector (
    text   TEXT  NOT NULL PRIMARY KEY,
    model  TEXT  NOT NULL,
    vector BYTEA NOT NULL
);

CREATE TABLE story (
    id                BIGINT PRIMARY KEY,
    title             TEXT,
    title_article_id  BIGINT REFERENCES article (id) ON DELETE SET NULL,
    first_published   TEXT,
    last_published    TEXT,
    articles          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX story_last_published ON story (last_published);
CREATE TRIGGER story_id BEFORE INSERT ON story FOR EACH ROW EXECUTE FUNCTION next_id();

CREATE TABLE story_article (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    story_id   BIGINT NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    score      DOUBLE PRECISION NOT NULL
);
CREATE INDEX story_article_story ON story_article (story_id);

CREATE TABLE article_term (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    term       TEXT   NOT NULL,
    weight     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, term)
);

CREATE TABLE story_term (
    story_id BIGINT  NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    term     TEXT    NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (story_id, term)
);
CREATE INDEX story_term_term ON story_term (term);

CREATE TABLE term_frequency (
    term     TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
);

CREATE TABLE contradiction (
    id           BIGINT  PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('numeric', 'denial', 'attribution', 'wording', 'other')),
    a_article_id BIGINT  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    a_quote_id   BIGINT  REFERENCES quote (id) ON DELETE CASCADE,
    a_start      INTEGER NOT NULL,
    a_end        INTEGER NOT NULL,
    a_text       TEXT    NOT NULL,
    b_article_id BIGINT  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    b_quote_id   BIGINT  REFERENCES quote (id) ON DELETE CASCADE,
    b_start      INTEGER NOT NULL,
    b_end        INTEGER NOT NULL,
    b_text       TEXT    NOT NULL,
    why          TEXT    NOT NULL,
    strength     DOUBLE PRECISION NOT NULL DEFAULT 0,
    story_id     BIGINT REFERENCES story (id) ON DELETE SET NULL
);
CREATE INDEX contradiction_kind ON contradiction (kind);
CREATE INDEX contradiction_story ON contradiction (story_id);
CREATE TRIGGER contradiction_id BEFORE INSERT ON contradiction FOR EACH ROW EXECUTE FUNCTION next_id();
