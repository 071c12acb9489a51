/**
 * The ingest as an Apache Spark job ({@code mvn -Pspark package} → {@code target/whosaid-spark.jar}): the
 * per-article analysis (reading, detection, attribution, the sentence vectors of the wordings) runs on the
 * executors, a partition at a time with the models loaded once per executor JVM; linking, storing and the corpus
 * stages (speaker settling, claims, stories) run on the driver through the very {@code IngestJob} of
 * {@code whosaid ingest}, and its contradiction stage searches the stories on the executors, a story a task's
 * block, so the store holds the same answers as a plain ingest of the same files.
 *
 * <p>Compiled only by the {@code spark} profile (from {@code src/spark/java}), so the plain build never needs Spark.
 */
package whosaid.spark;
