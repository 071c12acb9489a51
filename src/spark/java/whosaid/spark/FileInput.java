package whosaid.spark;

import java.io.Serializable;

/**
 * One input file as the executors see it.
 *
 * @param name the name to report and store as the article's source, exactly as {@code whosaid ingest} gives it,
 *             so that the driver's reading of the same file yields equal articles
 * @param path the file on a file system every executor sees (local in local mode; a shared mount on a cluster)
 */
record FileInput(String name, String path) implements Serializable {
}
