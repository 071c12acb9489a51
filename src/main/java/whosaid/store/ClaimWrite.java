package whosaid.store;

import java.util.List;

/**
 * A claim to create or update, with the quotes that now belong to it.
 *
 * @param claimId  the stored id, or a negative provisional id for a new claim
 * @param text     the representative wording
 * @param quoteIds quotes to put under this claim (those already under it may be left out)
 */
public record ClaimWrite(long claimId, String text, List<Long> quoteIds) {
}
