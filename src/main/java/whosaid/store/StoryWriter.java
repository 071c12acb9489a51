package whosaid.store;

import static whosaid.store.schema.Tables.ARTICLE_TERM;
import static whosaid.store.schema.Tables.STORY;
import static whosaid.store.schema.Tables.STORY_ARTICLE;
import static whosaid.store.schema.Tables.STORY_TERM;
import static whosaid.store.schema.Tables.TERM_FREQUENCY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Writes the stories of a grouping run and the term counts the next run weighs terms by, in one transaction. */
public final class StoryWriter {
    private final Database database;

    public StoryWriter(Database database) {
        this.database = database;
    }

    /**
     * @param termIncrements term → how many of this run's articles hold it
     * @return each story's stored id, by the id the run gave it (the same for stories already stored)
     */
    public Map<Long, Long> write(List<StoryWrite> stories, Map<String, Integer> termIncrements) {
        Map<Long, Long> ids = new HashMap<>();
        try {
            database.write(tx -> {
                for (StoryWrite s : stories) {
                    long id = s.storyId();
                    if (id < 0) {
                        id = tx.insertInto(STORY).set(STORY.TITLE, s.title()).set(STORY.ARTICLES, s.articles())
                                .returningResult(STORY.ID).fetchOne(STORY.ID);
                    }
                    ids.put(s.storyId(), id);
                }
                BatchBindStep update = tx.batch(tx.update(STORY).set(STORY.TITLE, (String) null)
                        .set(STORY.TITLE_ARTICLE_ID, (Long) null).set(STORY.FIRST_PUBLISHED, (String) null)
                        .set(STORY.LAST_PUBLISHED, (String) null).set(STORY.ARTICLES, (Integer) null)
                        .where(STORY.ID.eq((Long) null)));
                BatchBindStep members = tx.batch(tx.insertInto(STORY_ARTICLE, STORY_ARTICLE.ARTICLE_ID,
                        STORY_ARTICLE.STORY_ID, STORY_ARTICLE.SCORE).values((Long) null, null, null));
                BatchBindStep articleTerms = tx.batch(tx.insertInto(ARTICLE_TERM, ARTICLE_TERM.ARTICLE_ID,
                        ARTICLE_TERM.TERM, ARTICLE_TERM.WEIGHT).values((Long) null, null, null));
                BatchBindStep storyTerms = tx.batch(tx.insertInto(STORY_TERM, STORY_TERM.STORY_ID, STORY_TERM.TERM,
                        STORY_TERM.ARTICLES).values((Long) null, null, null));
                int memberRows = 0;
                int articleTermRows = 0;
                int storyTermRows = 0;
                for (StoryWrite s : stories) {
                    long id = ids.get(s.storyId());
                    update.bind(s.title(), s.titleArticleRowId(), s.firstPublished(), s.lastPublished(), s.articles(), id);
                    for (StoryWrite.Member m : s.joined()) {
                        members.bind(m.articleRowId(), id, m.score());
                        memberRows++;
                        for (Map.Entry<String, Double> t : m.terms().entrySet()) {
                            articleTerms.bind(m.articleRowId(), t.getKey(), t.getValue());
                            articleTermRows++;
                        }
                    }
                    // the profile is small (at most the story's articles times their telling terms): replace it
                    tx.deleteFrom(STORY_TERM).where(STORY_TERM.STORY_ID.eq(id)).execute();
                    for (Map.Entry<String, Integer> t : s.terms().entrySet()) {
                        storyTerms.bind(id, t.getKey(), t.getValue());
                        storyTermRows++;
                    }
                }
                if (!stories.isEmpty()) {
                    update.execute();
                }
                if (memberRows > 0) {
                    members.execute();
                }
                if (articleTermRows > 0) {
                    articleTerms.execute();
                }
                if (storyTermRows > 0) {
                    storyTerms.execute();
                }
                if (!termIncrements.isEmpty()) {
                    BatchBindStep frequencies = tx.batch(tx.insertInto(TERM_FREQUENCY, TERM_FREQUENCY.TERM,
                                    TERM_FREQUENCY.ARTICLES).values((String) null, null)
                            .onConflict(TERM_FREQUENCY.TERM).doUpdate()
                            .set(TERM_FREQUENCY.ARTICLES, TERM_FREQUENCY.ARTICLES.plus((Integer) null)));
                    termIncrements.forEach((term, n) -> frequencies.bind(term, n, n));
                    frequencies.execute();
                }
            });
        } catch (DataAccessException e) {
            throw new StoreException("cannot write to " + database.location() + ": " + Database.firstLine(e.getMessage()), e);
        }
        return ids;
    }
}
