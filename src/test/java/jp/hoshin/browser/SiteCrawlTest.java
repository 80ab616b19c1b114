package jp.hoshin.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follows every link people can click, in every role: signed in as the planning section, a department editor, the
 * mayor's office, a viewer and another municipality's administrator, and anonymously, it fetches every page and
 * download reachable by GET from the start pages (links and GET forms; nothing that changes state is a GET) and
 * asserts that no page answers 5xx or an English error page, that linked pages and downloads answer 200 with their
 * content type, that each page has a title of its own (staff pages not titled like public ones), and — in Chromium —
 * that pages of every shape pass axe-core (WCAG 2.1 AA) and do not scroll sideways at 320 or 390 CSS pixels.
 * The report (pages per role, problems) is printed and written to target/crawl-report.txt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteCrawlTest {

    private static final String PASSWORD = "hoshin-demo-local";
    private static final int MAX_PAGES_PER_ROLE = 3000;
    /** Pages of one shape (the path with its numbers and the last segment's codes generalised) checked in the browser. */
    private static final int BROWSER_PAGES_PER_SHAPE = 2;

    private static final Pattern ENGLISH_ERROR = Pattern.compile(
            "Whitelabel Error Page|There was an unexpected error|Internal Server Error|Bad Request|Method Not Allowed|Not Found</h1>|HTTP Status \\d{3}");
    private static final Map<String, String> DOWNLOAD_TYPES = Map.of(
            ".pdf",
            "application/pdf",
            ".csv",
            "text/csv",
            ".xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".ics",
            "text/calendar",
            ".json",
            "application/json",
            ".atom",
            "application/atom+xml");

    @RegisterExtension
    static final ChromiumExtension browser = ChromiumExtension.window(1280, 1000);

    private final ChromeDriver driver = browser.driver();
    private final Set<String> checkedDownloads = new java.util.HashSet<>();

    @LocalServerPort
    int port;

    /** A role: who signs in (null: nobody), where the crawl starts, and pages the role must be refused (403 or 404). */
    record Role(String name, String user, List<String> starts, List<String> refused) {}

    private static final List<Role> ROLES = List.of(
            new Role(
                    "anonymous",
                    null,
                    List.of(
                            "/",
                            "/m/132047/",
                            "/m/990001/",
                            "/m/132047/2020",
                            "/m/132047/2017/departments/kikaku/compare?with=2003",
                            "/m/132047/search?q=%E5%AD%90%E8%82%B2%E3%81%A6",
                            "/m/132047/2020/measure-evaluations"),
                    List.of("/m/132047/2099", "/m/132047/no-such-page", "/m/132047/2020/no-such-page")),
            new Role(
                    "planning-section",
                    "mitaka-admin",
                    List.of("/staff", "/m/132047/", "/staff/m/132047/search?q=%E5%AD%90%E8%82%B2%E3%81%A6"),
                    List.of("/staff/m/990001")),
            new Role("department-editor", "mitaka-somu", List.of("/staff"), List.of("/staff/m/132047/accounts")),
            new Role("mayors-office", "mitaka-review", List.of("/staff"), List.of("/staff/m/132047/accounts")),
            new Role("viewer", "mitaka-viewer", List.of("/staff"), List.of("/staff/m/132047/accounts")),
            new Role(
                    "other-municipality-admin",
                    "sample-admin",
                    List.of("/staff"),
                    List.of("/staff/m/132047", "/staff/m/132047/accounts")));

    /** Public pages the anonymous crawl has checked: signed-in roles do not fetch them again (their staff pages are the point). */
    private final Set<String> publicPagesChecked = new java.util.HashSet<>();

    /** What one role's crawl found. */
    static final class Crawl {
        final Role role;
        final Map<String, String> referrer = new LinkedHashMap<>();
        final Map<String, String> titles = new LinkedHashMap<>();
        final List<String> htmlPages = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int downloads;

        Crawl(Role role) {
            this.role = role;
        }
    }

    @Test
    void everyLinkAnswersInEveryRole() throws Exception {
        StringBuilder report = new StringBuilder();
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> publicTitles = new TreeMap<>();
        List<Crawl> crawls = new ArrayList<>();
        String only = System.getProperty("crawl.roles", "");
        for (Role role : ROLES) {
            if (!only.isBlank() && !List.of(only.split(",")).contains(role.name())) {
                continue;
            }
            CookieManager cookies = new CookieManager();
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            if (role.user() != null) {
                signIn(http, role.user());
            }
            Crawl crawl = crawl(http, role);
            for (String page : role.refused()) {
                int status = get(http, page).statusCode();
                if (status != 403 && status != 404) {
                    crawl.problems.add("not refused: " + page + " answers HTTP " + status);
                }
            }
            crawls.add(crawl);
            if (role.user() == null) {
                crawl.titles.forEach((path, title) -> publicTitles
                        .computeIfAbsent(title, t -> new LinkedHashSet<>())
                        .add(path));
            }
            checkTitles(crawl);
            int browserPages = checkInBrowser(crawl, cookies);
            report.append(String.format(
                    "%-26s %4d pages, %3d downloads, %3d pages in the browser, %d problems%n",
                    role.name(), crawl.htmlPages.size(), crawl.downloads, browserPages, crawl.problems.size()));
            crawl.problems.forEach(p -> problems.add(role.name() + ": " + p));
        }
        for (Crawl crawl : crawls) {
            if (crawl.role.user() == null) {
                continue;
            }
            crawl.titles.forEach((path, title) -> {
                if (path.startsWith("/staff") && publicTitles.containsKey(title)) {
                    problems.add(crawl.role.name() + ": staff page " + path + " has the title of public page "
                            + publicTitles.get(title).iterator().next() + ": 「" + title + "」");
                }
            });
        }
        String text =
                "Site crawl\n" + report + (problems.isEmpty() ? "no problems\n" : String.join("\n", problems) + "\n");
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "crawl-report.txt"), text);
        assertThat(crawls)
                .allSatisfy(c ->
                        assertThat(c.htmlPages).as(c.role.name() + " pages").hasSizeGreaterThan(5));
        assertThat(problems).as("problems found by the crawl").isEmpty();
    }

    /**
     * WCAG 2.1 1.4.11: the focus indicator of every element reached with Tab differs from the background behind it by
     * at least 3:1 — in the blue header as on white and pale backgrounds (the indicator has two rings; one must do).
     */
    @Test
    void theFocusIndicatorStandsOutOnEveryBackground() {
        List<String> weak = new ArrayList<>();
        for (String page : List.of("/m/132047/", "/m/132047/policy/kihon-keikaku-4/K2-3", "/login")) {
            driver.manage().deleteAllCookies();
            driver.get(url(page));
            for (int i = 0; i < 40; i++) {
                driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
                Object result = ((JavascriptExecutor) driver).executeScript(FOCUS_CONTRAST);
                if (result != null) {
                    weak.add(page + ": " + result);
                }
            }
        }
        assertThat(weak).as("focus indicators below 3:1").isEmpty();
    }

    /** Returns null when the focused element's outline or ring contrasts ≥ 3:1 with the background behind it. */
    private static final String FOCUS_CONTRAST = """
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
            const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                               return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
            let bg = 'rgb(255, 255, 255)';
            for (let a = el.parentElement; a; a = a.parentElement) {
              const c = getComputedStyle(a).backgroundColor;
              if (c && c !== 'transparent' && !(rgb(c).length === 4 && rgb(c)[3] === 0)) { bg = c; break; }
            }
            const style = getComputedStyle(el);
            const colours = [];
            if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) colours.push(style.outlineColor);
            const shadow = style.boxShadow.match(/rgba?\\([^)]*\\)/);
            if (shadow) colours.push(shadow[0]);
            const best = Math.max(0, ...colours.map(c => ratio(c, bg)));
            return best >= 3 ? null : (el.tagName + ' ' + (el.textContent || '').trim().slice(0, 20) + ': ' + best.toFixed(2) + ':1 on ' + bg);
            """;

    // ------------------------------------------------------------------------------------------------ the crawl

    private Crawl crawl(HttpClient http, Role role) throws Exception {
        Crawl crawl = new Crawl(role);
        Deque<String> queue = new ArrayDeque<>();
        for (String start : role.starts()) {
            crawl.referrer.put(start, "(start)");
            queue.add(start);
        }
        while (!queue.isEmpty() && crawl.htmlPages.size() < MAX_PAGES_PER_ROLE) {
            String path = queue.poll();
            if (downloadExtension(path) != null && !checkedDownloads.add(path)) {
                continue; // the same file reached by another role: checked once
            }
            if (role.user() != null && publicPagesChecked.contains(path)) {
                continue;
            }
            long started = System.nanoTime();
            HttpResponse<byte[]> response = get(http, path);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > 3000) {
                System.out.println("crawl: slow " + millis + " ms " + role.name() + " " + path);
            }
            if ((crawl.htmlPages.size() + crawl.downloads) % 100 == 0) {
                System.out.println("crawl: " + role.name() + " " + crawl.htmlPages.size() + " pages, " + crawl.downloads
                        + " downloads, " + queue.size() + " queued");
            }
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            String from = crawl.referrer.get(path);
            if (status >= 500) {
                crawl.problems.add("HTTP " + status + " " + path + " (linked from " + from + ")");
                continue;
            }
            String download = downloadExtension(path);
            if (download != null || !type.startsWith("text/html")) {
                crawl.downloads++;
                if (status != 200) {
                    crawl.problems.add("download HTTP " + status + " " + path + " (linked from " + from + ")");
                } else if (download != null && !type.startsWith(DOWNLOAD_TYPES.get(download))) {
                    crawl.problems.add("download " + path + " has Content-Type " + type + ", expected "
                            + DOWNLOAD_TYPES.get(download));
                }
                continue;
            }
            String html = new String(response.body(), StandardCharsets.UTF_8);
            if (ENGLISH_ERROR.matcher(html).find()) {
                crawl.problems.add("English error page (HTTP " + status + ") " + path + " (linked from " + from + ")");
            }
            Document page = Jsoup.parse(html, url(path));
            if (!"ja"
                    .equals(
                            page.selectFirst("html") == null
                                    ? null
                                    : page.selectFirst("html").attr("lang"))) {
                crawl.problems.add("page without lang=ja " + path);
            }
            if (status != 200) {
                crawl.problems.add(
                        "link to HTTP " + status + " " + path + " (linked from " + from + "): " + page.title());
                continue;
            }
            String finalPath = localPath(response.uri());
            if (finalPath != null && !finalPath.equals(path) && crawl.titles.containsKey(finalPath)) {
                continue; // a redirect to a page already seen
            }
            String isoDate = isoDateShown(page);
            if (isoDate != null) {
                crawl.problems.add("a date shown as " + isoDate + " (not 和暦) on " + path);
            }
            crawl.htmlPages.add(finalPath == null ? path : finalPath);
            if (role.user() == null) {
                publicPagesChecked.add(path);
            }
            crawl.titles.put(finalPath == null ? path : finalPath, page.title().strip());
            for (String link : links(page)) {
                if (!crawl.referrer.containsKey(link)) {
                    crawl.referrer.put(link, path);
                    queue.add(link);
                }
            }
        }
        if (!queue.isEmpty()) {
            crawl.problems.add("more than " + MAX_PAGES_PER_ROLE + " pages: the crawl stopped with " + queue.size()
                    + " links left");
        }
        return crawl;
    }

    /** Links and GET forms of a page that lead to this site, without fragments; nothing that would change state. */
    private List<String> links(Document page) {
        List<String> links = new ArrayList<>();
        for (Element a : page.select("a[href]")) {
            String path = followable(a.absUrl("href"));
            if (path != null) {
                links.add(path);
            }
        }
        for (Element form : page.select("form")) {
            if (!form.attr("method").isBlank() && !form.attr("method").equalsIgnoreCase("get")) {
                continue;
            }
            String action = form.hasAttr("action") ? form.absUrl("action") : page.location();
            StringBuilder query = new StringBuilder();
            for (Element input : form.select("input[name], select[name]")) {
                String value = input.tagName().equals("select")
                        ? (input.selectFirst("option[selected]") != null
                                ? input.selectFirst("option[selected]").val()
                                : input.selectFirst("option") != null
                                        ? input.selectFirst("option").val()
                                        : "")
                        : input.val();
                if (input.attr("type").matches("checkbox|radio") && !input.hasAttr("checked")) {
                    continue;
                }
                query.append(query.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(input.attr("name"), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            String path = followable(action.replaceAll("[?#].*$", "") + (query.isEmpty() ? "" : "?" + query));
            if (path != null) {
                links.add(path);
            }
        }
        return links;
    }

    private String followable(String absolute) {
        URI uri;
        try {
            uri = URI.create(absolute.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = localPath(uri);
        if (path == null
                || path.startsWith("/assets/")
                || path.startsWith("/logout")
                || path.startsWith("/swagger-ui")
                || path.startsWith("/api-docs")
                || path.startsWith("/v3/api-docs")
                || path.startsWith("/actuator")) {
            return null;
        }
        return path;
    }

    private String localPath(URI uri) {
        if (uri.getHost() == null || !uri.getHost().equals("localhost") || uri.getPort() != port) {
            return null;
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String downloadExtension(String path) {
        String bare = path.replaceAll("\\?.*$", "");
        return DOWNLOAD_TYPES.keySet().stream()
                .filter(bare::endsWith)
                .findFirst()
                .orElse(null);
    }

    /** Pages of one role with the same title (query strings aside): people cannot tell them apart in tabs and history. */
    private static final java.util.regex.Pattern ISO_DATE =
            java.util.regex.Pattern.compile("(?<![0-9])(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![0-9])");

    /**
     * A date people read is written in 和暦 with 西暦 (令和6（2024）年4月1日); an ISO date in the page's text is a machine
     * format leaking through. Examples of what a field accepts (「例: 2025-03-31」「2025-03-31 の形で」) are allowed.
     */
    private static String isoDateShown(Document page) {
        String text = page.body() == null ? "" : page.body().text();
        java.util.regex.Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            String around = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 12));
            if (!around.contains("例") && !around.contains("の形") && !around.contains("のように")) {
                return m.group() + " (…" + around + "…)";
            }
        }
        return null;
    }

    private static void checkTitles(Crawl crawl) {
        Map<String, Set<String>> byTitle = new TreeMap<>();
        crawl.titles.forEach((path, title) ->
                byTitle.computeIfAbsent(title, t -> new LinkedHashSet<>()).add(path.replaceAll("\\?.*$", "")));
        byTitle.forEach((title, paths) -> {
            if (title.isBlank()) {
                crawl.problems.add("pages without a title: " + paths);
            } else if (paths.size() > 1) {
                crawl.problems.add(paths.size() + " pages share the title 「" + title + "」: "
                        + paths.stream().limit(4).toList());
            }
        });
    }

    // ------------------------------------------------------------------------------------------------ the browser

    /** axe-core and reflow at 320 px on up to two pages of every shape; returns how many pages were checked. */
    private int checkInBrowser(Crawl crawl, CookieManager cookies) {
        driver.manage().deleteAllCookies();
        driver.get(url("/assets/hoshin.css"));
        for (HttpCookie c : cookies.getCookieStore().getCookies()) {
            driver.manage().addCookie(new Cookie(c.getName(), c.getValue(), "/"));
        }
        Map<String, Integer> perShape = new LinkedHashMap<>();
        int checked = 0;
        for (String path : crawl.htmlPages) {
            String shape = shape(path);
            if (perShape.merge(shape, 1, Integer::sum) > BROWSER_PAGES_PER_SHAPE) {
                continue;
            }
            checked++;
            driver.get(url(path));
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(driver);
            for (Rule violation : results.getViolations()) {
                crawl.problems.add("axe " + violation.getId() + " on " + path + ": " + violation.getHelp());
            }
            List<String> broken = brokenReferences();
            if (!broken.isEmpty()) {
                crawl.problems.add("aria references to missing ids or duplicate ids on " + path + ": " + broken);
            }
            for (int width : PHONE_WIDTHS) {
                driver.executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 640, "deviceScaleFactor", 1, "mobile", true));
                try {
                    Number overflow = (Number)
                            ((JavascriptExecutor) driver)
                                    .executeScript(
                                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    if (overflow.intValue() > 0) {
                        crawl.problems.add("scrolls sideways at " + width + " px (" + (width + overflow.intValue())
                                + " px wide): " + path);
                        browser.screenshot(
                                "crawl/" + crawl.role.name() + "-" + width + path.replaceAll("[^A-Za-z0-9]+", "-"));
                    }
                } finally {
                    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                }
            }
        }
        return checked;
    }

    /** WCAG 2.1 1.4.10 reflow: the narrowest phone (320 CSS px) and a common one (390 CSS px). */
    private static final List<Integer> PHONE_WIDTHS = List.of(320, 390);

    @SuppressWarnings("unchecked")
    private List<String> brokenReferences() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const missing = [];
                for (const el of document.querySelectorAll('[aria-describedby],[aria-labelledby],[aria-controls]')) {
                  for (const attr of ['aria-describedby', 'aria-labelledby', 'aria-controls']) {
                    for (const id of (el.getAttribute(attr) || '').split(/\\s+/).filter(Boolean)) {
                      if (!document.getElementById(id)) missing.push(attr + '=' + id);
                    }
                  }
                }
                const seen = new Set();
                for (const el of document.querySelectorAll('[id]')) {
                  if (seen.has(el.id)) missing.push('duplicate id=' + el.id); else seen.add(el.id);
                }
                return missing;""");
    }

    /** Collections whose next segment names one record: pages of one template whatever the record. */
    private static final Set<String> COLLECTIONS =
            Set.of("departments", "plans", "evaluations", "comments", "accounts", "history");

    /**
     * The path with numbers and record names generalised, e.g. /m/#/#/evaluations/#, /m/#/policy/kihon-keikaku-4/*:
     * pages of one template.
     */
    static String shape(String path) {
        String bare = path.replaceAll("\\?.*$", "");
        String[] segments = bare.split("/");
        StringBuilder shape = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            boolean record = segments[i].matches(".*\\d.*")
                    || COLLECTIONS.contains(segments[i - 1])
                    || (i >= 3 && segments[i - 2].equals("policy"));
            shape.append('/').append(record ? "*" : segments[i]);
        }
        return shape + (path.contains("?") ? "?" : "");
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private void signIn(HttpClient http, String user) throws Exception {
        Document login = Jsoup.parse(new String(get(http, "/login").body(), StandardCharsets.UTF_8), url("/login"));
        Element csrf = login.selectFirst("input[name=_csrf]");
        String form = "username=" + user + "&password=" + PASSWORD
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf.val(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.uri().getPath()).as("signed in as " + user).startsWith("/staff");
    }

    private HttpResponse<byte[]> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept-Language", "ja")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
