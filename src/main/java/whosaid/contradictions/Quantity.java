package whosaid.contradictions;

import java.util.Set;

/**
 * A quantity a passage states, as a range of values in the base unit of its dimension.
 *
 * @param lo          lowest value the wording allows (in km, days, percent, or items)
 * @param hi          highest value the wording allows
 * @param dimension   length, duration, percent or count
 * @param status      for counts of people: kill or injure (dead vs wounded); null otherwise
 * @param head        concept of the noun counted or measured ("border", "civilian"), or null
 * @param scope       concepts of the words naming what is counted ("afghan civilians"), for saying when scopes differ
 * @param unit        the unit as written (km, mile, week), or null for a count
 * @param approximate whether the wording is a bound or an estimate rather than one figure
 * @param surface     the words as written ("at least 17", "2,600km")
 * @param start       offset of the surface in the passage text
 * @param end         exclusive end
 * @param stated      for an estimate ("about 4,000", "around 3,800"): the figure as stated, in the base unit; else 0
 * @param place       for an estimate: the place of its last significant digit (100 for 3,800); else 0
 */
record Quantity(double lo, double hi, String dimension, String status, String head, Set<String> scope, String unit,
                boolean approximate, String surface, int start, int end, double stated, double place) {

    boolean estimate() {
        return place > 0;
    }

    boolean sameUnitAs(Quantity o) {
        return unit != null && unit.equals(o.unit);
    }
}
