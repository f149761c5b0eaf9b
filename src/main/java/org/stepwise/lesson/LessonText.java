package org.stepwise.lesson;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Lesson Markdown as HTML that is safe to show: CommonMark without its raw HTML, then cleaned
 * against a list of allowed tags. Links may only go to {@code http}, {@code https} or
 * {@code mailto} addresses and open in a new tab without passing on where they came from.
 * Images are not shown (a lesson must not make the browser contact other hosts).
 */
public final class LessonText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private LessonText() {
    }

    /** A fresh allow-list per call: jsoup's {@link Safelist} is a mutable builder, so none is kept in a static field. */
    private static Safelist safelist() {
        return Safelist.none()
            .addTags("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                    "hr", "a")
            .addAttributes("ol", "start")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank");
    }

    /** The Markdown as safe HTML: raw HTML in it is removed, never rendered. */
    public static String toSafeHtml(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Node> html = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                html.add(block);
            }

            @Override
            public void visit(HtmlInline inline) {
                html.add(inline);
            }
        });
        html.forEach(Node::unlink);
        return Jsoup.clean(RENDERER.render(document), "", safelist(), new Document.OutputSettings().prettyPrint(false)).strip();
    }
}
