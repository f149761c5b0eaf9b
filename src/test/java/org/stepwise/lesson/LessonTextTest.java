package org.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonTextTest {

    @Test
    void markdown_becomes_html() {
        String html = LessonText.toSafeHtml("Today is **Tuesday**.\n\n1. Start\n2. Count\n\n### Why?\n\n`repeat`");

        assertThat(html).isEqualTo("<p>Today is <strong>Tuesday</strong>.</p>\n<ol>\n<li>Start</li>\n<li>Count</li>\n</ol>\n"
                + "<h3>Why?</h3>\n<p><code>repeat</code></p>");
    }

    @Test
    void links_open_in_a_new_tab_without_passing_anything_on() {
        String html = LessonText.toSafeHtml("See [the standards](https://example.org/standards) or [mail us](mailto:a@example.org).");

        assertThat(html).contains("<a href=\"https://example.org/standards\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
                + "the standards</a>");
        assertThat(html).contains("href=\"mailto:a@example.org\"");
    }

    @Test
    void script_tags_are_removed_not_run_or_shown() {
        String html = LessonText.toSafeHtml("Hello\n\n<script>alert('stolen')</script>\n\nand <script>alert(1)</script> inline");

        assertThat(html).doesNotContain("<script").doesNotContain("&lt;script").doesNotContain("alert('stolen')");
        assertThat(html).startsWith("<p>Hello</p>");
    }

    @Test
    void javascript_and_data_links_lose_their_address() {
        String html = LessonText.toSafeHtml("[click](javascript:alert(1)) [me](JaVaScRiPt:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)"
                + " <a href=\"javascript:alert(2)\">raw</a>");

        assertThat(html.toLowerCase()).doesNotContain("javascript:").doesNotContain("data:");
        assertThat(html).contains(">click</a>");
    }

    @Test
    void event_handler_attributes_and_images_never_reach_the_page() {
        String html = LessonText.toSafeHtml("<img src=x onerror=alert(1)>\n\n![cat](http://example.org/cat.png \"x\\\" onerror=\\\"alert(1)\")"
                + "\n\n<p onclick=\"alert(1)\">hi</p>\n\n<iframe src=\"https://evil.example\"></iframe><style>body{}</style>");

        assertThat(html.toLowerCase()).doesNotContain("onerror").doesNotContain("onclick").doesNotContain("<img")
                .doesNotContain("<iframe").doesNotContain("<style").doesNotContain("evil.example");
    }

    @Test
    void relative_links_are_not_allowed() {
        String html = LessonText.toSafeHtml("[admin](/admin) [up](../secrets)");

        assertThat(html).doesNotContain("href");
    }
}
