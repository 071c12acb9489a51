package whosaid.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import whosaid.query.ClaimView;
import whosaid.query.ExportRows;
import whosaid.query.Listings;
import whosaid.query.QuoteFilter;
import whosaid.store.Database;

/**
 * The store as Parquet tables for analysts' notebooks: {@code quotes}, {@code claims}, {@code speakers},
 * {@code articles}, {@code contradictions}, each row the JSONL export's object for it ({@link ExportRows}), so the
 * columns carry the contract's field names. The rows go through JSON into Spark, which infers the columns from
 * the contract's shapes (a list becomes an array column, a contradiction's sides structs).
 */
final class ParquetTables {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SparkSession spark;

    ParquetTables(SparkSession spark) {
        this.spark = spark;
    }

    /** @return rows written by table; a table with no row is not written (Parquet needs at least one column) */
    Map<String, Long> write(Database database, String dir) {
        Listings listings = new Listings(database);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        var quotes = listings.quotes(QuoteFilter.all());
        tables.put("quotes", quotes.stream().map(ExportRows::quote).toList());
        tables.put("claims", ClaimView.all(listings.claims(), quotes).stream()
                .map(c -> ExportRows.claim(c, false)).toList());
        tables.put("speakers", listings.speakers().stream().map(ExportRows::speaker).toList());
        tables.put("articles", listings.articles().stream().map(ExportRows::article).toList());
        tables.put("contradictions", listings.contradictions().stream().map(ExportRows::contradiction).toList());
        Map<String, Long> written = new LinkedHashMap<>();
        tables.forEach((name, rows) -> {
            if (rows.isEmpty()) {
                written.put(name, 0L);
                return;
            }
            List<String> lines = new ArrayList<>(rows.size());
            for (Map<String, Object> row : rows) {
                lines.add(json(row));
            }
            Dataset<Row> table = spark.read().json(spark.createDataset(lines, Encoders.STRING()));
            table.write().mode(SaveMode.Overwrite).parquet(dir + "/" + name);
            written.put(name, (long) rows.size());
        });
        return written;
    }

    private static String json(Map<String, Object> row) {
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a row as JSON: " + e.getMessage(), e);
        }
    }
}
