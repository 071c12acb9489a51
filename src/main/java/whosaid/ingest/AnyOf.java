package whosaid.ingest;

import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** Elements that any of several selectors match, as jsoup's "A, B" does, for selectors built in code. */
final class AnyOf extends Evaluator {
    private final List<Evaluator> selectors;

    AnyOf(Evaluator... selectors) {
        this.selectors = List.of(selectors);
    }

    @Override
    public boolean matches(Element root, Element element) {
        for (Evaluator s : selectors) {
            if (s.matches(root, element)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return selectors.toString();
    }
}
