package vn.cuocthi.deploy.support;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.logging.Level;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Fails a browser test as soon as the page it looks at is broken in a way its assertions would not see: a request
 * of the page (the page itself, a stylesheet, a script, an image, a fetch) answered 400 or more, or the browser
 * logged an error (a script error, a refused resource under the CSP, a failed load), or axe-core finds an
 * accessibility violation on it ({@link Accessibility}, once per page). Checked before and after every navigation and
 * click, so a page is checked before it is left too; the test's end checks the last page. Public
 * only because Selenium calls the listener reflectively.
 */
public final class PageGuard implements WebDriverListener {

    /**
     * Chromium's Resource Timing gives the HTTP status of each entry ({@code responseStatus}). Each failed entry is
     * reported once per page (the page keeps its entries), so a failure declared or reported is not seen again.
     */
    private static final String FAILED_REQUESTS = """
            var seen = window.__pageGuardSeen = window.__pageGuardSeen || {};
            return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
              .filter(function (entry) { return entry.responseStatus >= 400; })
              .map(function (entry) { return entry.responseStatus + ' ' + entry.name + ' @' + entry.startTime; })
              .filter(function (key) { var fresh = !seen[key]; seen[key] = true; return fresh; })
              .map(function (key) { return key.substring(0, key.lastIndexOf(' @')); });""";

    /** What a person does to a page: open one (WebDriver.get, Navigation.to/back/forward/refresh), click, submit. */
    private static final Set<String> STEPS = Set.of("get", "to", "back", "forward", "refresh", "click", "submit");

    private final WebDriver original;
    private final Set<String> expected = new CopyOnWriteArraySet<>();
    private final int width;
    private final int height;
    private final boolean phone;
    private volatile WebDriver decorated;

    PageGuard(WebDriver original, int width, int height, boolean phone) {
        this.original = original;
        this.width = width;
        this.height = height;
        this.phone = phone;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Whether the window was opened as an emulated phone (whose metrics a guide screenshot puts back). */
    boolean phone() {
        return phone;
    }

    WebDriver original() {
        return original;
    }

    void decorated(WebDriver browser) {
        this.decorated = browser;
    }

    boolean guards(WebDriver browser) {
        return browser == decorated || browser == original;
    }

    void expect(String urlFragment) {
        expected.add(urlFragment);
    }

    void forgetExpected() {
        expected.clear();
    }

    @Override
    public boolean throwsExceptions() {
        return true; // a listener's exception is otherwise only logged
    }

    /** The problems on the current page (and in the console since the last look), minus the declared ones. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        try {
            @SuppressWarnings("unchecked")
            List<String> failed = (List<String>) ((JavascriptExecutor) original).executeScript(FAILED_REQUESTS);
            failed.stream().filter(request -> unexpected(request.substring(request.indexOf(' ') + 1)))
                    .map(request -> "request answered " + request).forEach(problems::add);
        } catch (WebDriverException pageInTransition) {
            // the page is being replaced; its successor is checked next
        }
        for (LogEntry entry : original.manage().logs().get(LogType.BROWSER)) {
            // a declared failure excuses Chromium's "<url> - Failed to load resource" only, never a script error or a
            // refusal under the CSP on the same page
            String[] message = entry.getMessage().split(" ", 2);
            boolean excusable = message.length == 2 && message[1].startsWith("- Failed to load resource") && !unexpected(message[0]);
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !excusable) {
                problems.add("console error: " + entry.getMessage());
            }
        }
        return problems;
    }

    void check(String when) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            String url = safeUrl();
            BrowserFailures.save(this);
            throw new AssertionError("The page " + url + " is broken (" + when + "):\n  " + String.join("\n  ", problems)
                    + "\n(if a test means to cause this, it declares it with Browsers.expectFailures)");
        }
        checkAccessible(when);
    }

    /** axe-core on the page, once per document of the application ({@link Accessibility}). */
    void checkAccessible(String when) {
        List<String> violations = Accessibility.uncheckedPageViolations(original);
        if (Accessibility.REPORT_ONLY) {
            Accessibility.report(safeUrl(), violations);
        } else if (violations != null && !violations.isEmpty()) {
            String url = safeUrl();
            BrowserFailures.save(this);
            throw new AssertionError(Accessibility.describe(url, violations) + " (" + when + ")");
        }
    }

    /** A declared full URL (http…) names exactly that request; any other fragment, every URL containing it. */
    private boolean unexpected(String url) {
        return expected.stream().noneMatch(fragment -> fragment.startsWith("http") ? url.equals(fragment) : url.contains(fragment));
    }

    private String safeUrl() {
        try {
            return original.getCurrentUrl();
        } catch (WebDriverException e) {
            return "(unknown)";
        }
    }

    @Override
    public void beforeAnyCall(Object target, Method method, Object[] args) {
        if ("quit".equals(method.getName())) {
            Browsers.closed(this);
        } else if (STEPS.contains(method.getName())) {
            check("before " + step(method, args));
        }
    }

    @Override
    public void afterAnyCall(Object target, Method method, Object[] args, Object result) {
        if (STEPS.contains(method.getName())) {
            check("after " + step(method, args));
        }
    }

    private static String step(Method method, Object[] args) {
        return method.getName() + (args != null && args.length == 1 ? " " + args[0] : "");
    }
}
