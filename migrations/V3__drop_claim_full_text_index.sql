-- whosaid schema, version 3: the full-text index over claim text goes. Nothing ever searched it: the check query
-- searches quote_fts, because a claim is found through any of its wordings, not only its representative one; the
-- index and its triggers only cost a write every time a claim was created or reworded. claim.embedding stays: the
-- claims-by-meaning work will keep its sentence vectors there.
DROP TRIGGER IF EXISTS claim_fts_insert;
DROP TRIGGER IF EXISTS claim_fts_delete;
DROP TRIGGER IF EXISTS claim_fts_update;
DROP TABLE IF EXISTS claim_fts;
