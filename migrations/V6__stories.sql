-- whosaid schema, version 6: stories. A story is the articles that report one event or issue, grouped by the names
-- and telling words they share within a window of days; contradictions are looked for only inside a story. The
-- grouping is incremental: a new article joins the best story of its window or starts one, so each table here is
-- what the next ingest needs to decide without reading the stored articles again.
CREATE TABLE story (
    id                INTEGER PRIMARY KEY,
    title             TEXT,                             -- the most representative headline of its articles
    title_article_id  INTEGER REFERENCES article (id) ON DELETE SET NULL,
    first_published   TEXT,
    last_published    TEXT,
    articles          INTEGER NOT NULL DEFAULT 0        -- how many articles it holds
);
CREATE INDEX story_last_published ON story (last_published);

-- Which story each article belongs to, and how well it matched when it joined (1 for the article that started it).
CREATE TABLE story_article (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    story_id   INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    score      REAL    NOT NULL
);
CREATE INDEX story_article_story ON story_article (story_id);

-- An article's telling terms (names, speakers, words weighted by how rare they are in the store), its fingerprint.
CREATE TABLE article_term (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    term       TEXT    NOT NULL,
    weight     REAL    NOT NULL,
    PRIMARY KEY (article_id, term)
);

-- How many of a story's articles hold each telling term: the index a new article is matched through.
CREATE TABLE story_term (
    story_id INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    term     TEXT    NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (story_id, term)
);
CREATE INDEX story_term_term ON story_term (term);

-- How many stored articles hold each term at all, for the rarity weights (inverse document frequency).
CREATE TABLE term_frequency (
    term     TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
);

-- A contradiction is found inside one story; the listing can be filtered by it.
ALTER TABLE contradiction ADD COLUMN story_id INTEGER REFERENCES story (id) ON DELETE SET NULL;
CREATE INDEX contradiction_story ON contradiction (story_id);
