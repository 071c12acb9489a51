package whosaid.pipeline;

import whosaid.claims.SentenceEmbedder;
import whosaid.store.AnalysisWriter;
import whosaid.store.Database;
import whosaid.store.Reads;
import whosaid.store.VectorStore;

/**
 * {@code whosaid claims --regroup}: every stored statement grouped again from nothing with the current model and
 * rules, all claims replaced in one transaction. Wordings embedded before are read back, not embedded again.
 */
public final class ClaimRegroup {
    private final Database database;

    public ClaimRegroup(Database database) {
        this.database = database;
    }

    /** @return how many statements were grouped */
    public int run() {
        // reads every quote, then replaces every claim: on a shared store no ingest may write in between
        try (Database.WriterLock lock = database.writerLock(); SentenceEmbedder embedder = new SentenceEmbedder()) {
            return new ClaimRefresh(new Reads(database), new AnalysisWriter(database),
                    new WordingVectors(new VectorStore(database), embedder)).regroup();
        }
    }
}
