package whosaid.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page templates (src/main/jte), compiled to classes at build time: nothing is compiled while serving, and
 * JTE's HTML mode escapes every value it writes according to where it stands (text, attribute, URL).
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String name, Object model) {
        StringOutput out = new StringOutput();
        engine.render(name, model, out);
        return out.toString();
    }
}
