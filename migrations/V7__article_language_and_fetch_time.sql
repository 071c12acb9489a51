-- Web pages and crawl archives (issue 17): the language a page declares ("en", "fr-fr"; NULL when it declares
-- none, and for text, digest and JSONL input) and when a crawler fetched it (the WARC record's date, an ISO instant;
-- NULL for anything not read from a crawl archive).
ALTER TABLE article ADD COLUMN language TEXT;
ALTER TABLE article ADD COLUMN fetched TEXT;
