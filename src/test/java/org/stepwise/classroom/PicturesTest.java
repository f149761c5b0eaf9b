package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every picture has a drawing the app serves at {@code /pictures/<id>.svg} (well-formed SVG, drawn
 * on 64 × 64, with nothing fetched from elsewhere and no text a child would have to read) and a
 * name in every language.
 */
class PicturesTest {

    private static final Path PICTURES = Path.of("src/main/resources/META-INF/resources/pictures");
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    @Test
    void every_picture_has_a_drawing_and_there_are_no_others() throws IOException {
        List<String> files;
        try (var listing = Files.list(PICTURES)) {
            files = listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> expected = java.util.Arrays.stream(Picture.values()).map(p -> p.id() + ".svg").sorted().toList();
        assertThat(files).isEqualTo(expected);
    }

    @Test
    void every_drawing_is_an_svg_on_a_64_by_64_view_box() throws Exception {
        for (Picture picture : Picture.values()) {
            Element svg = parse(picture).getDocumentElement();
            assertThat(svg.getLocalName()).as(picture.id()).isEqualTo("svg");
            assertThat(svg.getNamespaceURI()).as(picture.id()).isEqualTo(SVG_NAMESPACE);
            assertThat(svg.getAttribute("viewBox")).as(picture.id()).isEqualTo("0 0 64 64");
        }
    }

    @Test
    void no_drawing_refers_to_anything_outside_itself_or_holds_text_or_scripts() throws Exception {
        for (Picture picture : Picture.values()) {
            List<String> problems = new ArrayList<>();
            check(parse(picture).getDocumentElement(), problems);
            String source = Files.readString(PICTURES.resolve(picture.id() + ".svg"), StandardCharsets.UTF_8);
            if (source.contains("url(") && !source.matches("(?s).*url\\(#.*")) {
                problems.add("url() outside the file");
            }
            assertThat(problems).as(picture.id() + ".svg").isEmpty();
        }
    }

    @Test
    void every_picture_has_a_name_in_english_and_spanish() throws IOException {
        for (String file : List.of("translations.properties", "translations_es.properties")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Picture picture : Picture.values()) {
                assertThat(texts.getProperty(picture.translationKey())).as(picture.translationKey() + " in " + file).isNotBlank();
            }
        }
    }

    private static void check(Node node, List<String> problems) {
        if (node instanceof Element element) {
            String name = element.getLocalName();
            if (List.of("script", "text", "foreignObject", "image", "use", "a", "style").contains(name)) {
                problems.add("<" + name + ">");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String attributeName = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
                if (attributeName.equals("href") || attributeName.startsWith("on")) {
                    problems.add(name + " " + attribute.getNodeName() + "=\"" + attribute.getNodeValue() + "\"");
                }
            }
        } else if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
            problems.add("text \"" + node.getNodeValue().strip() + "\"");
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            check(children.item(i), problems);
        }
    }

    private static Document parse(Picture picture) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(PICTURES.resolve(picture.id() + ".svg").toFile());
    }
}
