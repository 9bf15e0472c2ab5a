package io.mailscope.help.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.help.internal.base.BaseHelpSystem;
import org.junit.jupiter.api.Test;

/**
 * The user guide as the product's help system serves it: the book is in Help Contents' table of contents with its
 * chapters and the extension-point reference, its first chapter is served by the help system's local web server
 * (Jetty, the same server the help window shows), every page the guide links to and every image it shows is served,
 * and F1 on the main views finds its context.
 */
class UserGuideTest {

    private static final String BOOK = "Mailscope User Guide";
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#:]+)\"");

    static IToc book() {
        IToc toc = Arrays.stream(HelpSystem.getTocs()).filter(t -> BOOK.equals(t.getLabel())).findFirst().orElse(null);
        assertNotNull(toc, "the help system lists the book: " + Arrays.stream(HelpSystem.getTocs()).map(IToc::getLabel).toList());
        return toc;
    }

    @Test
    void theBookHasTheChaptersAndTheReference() {
        List<String> chapters = Arrays.stream(book().getTopics()).map(ITopic::getLabel).toList();
        assertEquals(List.of("Getting started", "The three seed cases", "Opening and reading traces", "Diagnosis and rules", "Preferences",
                "Asking the customer for a trace", "Sharing a case", "The command line", "Extension-point reference"), chapters);
        ITopic seeds = book().getTopics()[1];
        assertEquals(List.of("0x800CCC97: POP3 message id out of range", "0x800CCC0F: the server unexpectedly terminated the connection",
                "0x800CCC0B: the server or mail drop is busy"), Arrays.stream(seeds.getSubtopics()).map(ITopic::getLabel).toList());
        ITopic reference = book().getTopics()[8];
        assertTrue(Arrays.stream(reference.getSubtopics()).map(ITopic::getLabel).toList().contains("Diagnosis rules"),
                "the generated reference is linked into the book");
    }

    @Test
    void theFirstChapterIsServedByTheHelpSystemsWebServer() throws IOException {
        String href = book().getTopics()[0].getHref();
        assertEquals("/io.mailscope.help/html/getting-started.html", href);
        URL url = BaseHelpSystem.resolve(href, false);
        assertTrue(url.getProtocol().equals("http") && (url.getHost().equals("127.0.0.1") || url.getHost().equals("localhost")),
                "served by the local help server: " + url);
        String page = get(url);
        assertTrue(page.contains("<h1>Getting started with Mailscope</h1>"), page);
        assertTrue(page.contains("Samples"), page);
    }

    @Test
    void helpContentsOpensOnTheFirstChapter() {
        assertEquals(book().getTopics()[0].getHref(),
                org.eclipse.core.runtime.Platform.getPreferencesService().getString("org.eclipse.help.base", "help_home", null, null),
                "the product's plugin_customization.ini makes the guide the help window's home page");
    }

    /** Every chapter's links and images resolve on the help server: no broken link, no missing screenshot. */
    @Test
    void everyLinkAndImageOfTheGuideIsServed() throws IOException {
        List<ITopic> topics = new java.util.ArrayList<>();
        collect(book().getTopics(), topics);
        int checked = 0;
        for (ITopic topic : topics) {
            if (topic.getHref() == null) {
                continue;
            }
            URL page = BaseHelpSystem.resolve(topic.getHref(), true);
            Matcher links = LINK.matcher(get(page));
            while (links.find()) {
                URL target = new URL(page, links.group(1));
                HttpURLConnection connection = (HttpURLConnection) target.openConnection();
                assertEquals(200, connection.getResponseCode(), topic.getHref() + " links to " + links.group(1));
                connection.getInputStream().close();
                checked++;
            }
        }
        assertTrue(checked > 30, "links and images checked: " + checked);
    }

    @Test
    void f1OnTheMainViewsFindsItsContext() {
        for (String id : List.of("io.mailscope.ui.diagnosisView", "io.mailscope.ui.catalogView", "io.mailscope.ui.traceEditor",
                "io.mailscope.ui.samplesView", "io.mailscope.ui.askCustomerView", "io.mailscope.ui.caseNotesView")) {
            IContext context = HelpSystem.getContext(id);
            assertNotNull(context, id);
            assertTrue(context.getText() != null && !context.getText().isBlank(), id);
            IHelpResource[] topics = context.getRelatedTopics();
            assertTrue(topics.length > 0 && topics[0].getHref().startsWith("/io.mailscope.help/html/"), id);
        }
    }

    private static void collect(ITopic[] topics, List<ITopic> into) {
        for (ITopic topic : topics) {
            into.add(topic);
            collect(topic.getSubtopics(), into);
        }
    }

    private static String get(URL url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        assertEquals(200, connection.getResponseCode(), url.toString());
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
