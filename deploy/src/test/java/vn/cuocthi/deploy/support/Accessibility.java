package vn.cuocthi.deploy.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * axe-core (Deque's engine, the one the WCAG audits of public-sector sites use) run inside the page a browser test
 * looks at: WCAG 2.0 A and AA and WCAG 2.1 AA rules. {@link PageGuard} runs it once on every page a guarded browser
 * shows (each new HTML document of the application); {@link Browsers#assertAccessible} runs it again on demand, e.g.
 * after a script has changed the page.
 * <p>
 * Keycloak's own sign-in pages are left out: the platform ships no theme for them (yet), so their markup is not ours.
 */
final class Accessibility {

    private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

    /** Whether the current document is one of ours to check, and not checked yet (a marker set on the window). */
    private static final String PENDING = """
            return location.protocol.indexOf('http') === 0 && document.contentType === 'text/html'
                && document.readyState === 'complete' && location.pathname.indexOf('/realms/') !== 0
                && !window.__axeChecked;""";

    /**
     * Runs axe on the whole document; the callback receives one line per violation with its id, impact, help, the
     * CSS targets of the offending elements (a few) and what to fix on the first one. An element that carries
     * {@code data-axe-exempt="<rule id> ..."} (with a comment in the template saying why the rule cannot apply to it)
     * is not reported for those rules.
     */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            window.__axeChecked = true;
            axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations'], elementRef: true})
              .then(function (results) {
                done(results.violations.map(function (v) {
                  v.nodes = v.nodes.filter(function (n) {
                    var exempt = n.element && n.element.closest('[data-axe-exempt]');
                    return !exempt || exempt.getAttribute('data-axe-exempt').split(' ').indexOf(v.id) < 0;
                  });
                  return v;
                }).filter(function (v) { return v.nodes.length > 0; }).map(function (v) {
                  var targets = v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(' | ');
                  var fix = v.nodes.length ? v.nodes[0].failureSummary.replace(/\\s+/g, ' ') : '';
                  return v.id + ' (' + v.impact + ', ' + v.nodes.length + ' element(s)): ' + v.help
                    + '\\n      on ' + targets + '\\n      ' + fix + '\\n      ' + v.helpUrl;
                }));
              })
              .catch(function (e) { done(['axe could not run: ' + e]); });""".formatted(TAGS);

    /**
     * {@code -Daxe=report}: violations are printed (lines starting with "AXE") instead of failing the test, to see
     * every page's violations in one run while fixing them. Never the default.
     */
    static final boolean REPORT_ONLY = "report".equals(System.getProperty("axe"));

    private static volatile String source;

    private Accessibility() {
    }

    /** The violations on the current page, if it is an application page not yet checked; otherwise null. */
    static List<String> uncheckedPageViolations(WebDriver browser) {
        try {
            if (!Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(PENDING))) {
                return null;
            }
        } catch (WebDriverException pageInTransitionOrDialogOpen) {
            return null; // checked when the guard looks at the page next
        }
        return violations(browser);
    }

    /** The violations on the current page, checked now whatever was checked before. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // a script given through the driver is not subject to the page's Content-Security-Policy
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeSource());
        }
        Duration before = browser.manage().timeouts().getScriptTimeout();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try {
            return (List<String>) js.executeAsyncScript(RUN);
        } finally {
            browser.manage().timeouts().scriptTimeout(before);
        }
    }

    private static String axeSource() {
        if (source == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** In {@link #REPORT_ONLY} mode: each page checked, clean or with its violations. */
    static void report(String url, List<String> violations) {
        if (violations != null) {
            System.err.println(violations.isEmpty() ? "AXE clean: " + url : "AXE " + describe(url, violations));
        }
    }

    static String describe(String url, List<String> violations) {
        return "The page " + url + " is not accessible (axe-core, WCAG 2.1 AA):\n  " + String.join("\n  ", violations)
                + "\n(fix the page; a rule that truly cannot apply to one element is disabled for that element only)";
    }
}
