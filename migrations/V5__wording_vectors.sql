-- whosaid schema, version 5: the sentence vector of each distinct wording (claims by meaning), so that a re-ingest,
-- a regrouping and `whosaid check` never embed a stored wording again. Keyed by the words exactly as quoted: the
-- same words in a hundred articles are embedded once. model names the embedding model; a vector of another model
-- is not used (and is replaced when the wording is embedded again). vector holds float32 values, little-endian.
CREATE TABLE wording_vector (
    text   TEXT NOT NULL PRIMARY KEY,
    model  TEXT NOT NULL,
    vector BLOB NOT NULL
) WITHOUT ROWID;
