package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wangge.kernel.io.history.CheckHistory;
import org.wangge.kernel.io.history.ComplianceLedger;
import org.wangge.kernel.io.report.DistrictResolver;
import org.wangge.kernel.io.report.HtmlReport;
import org.wangge.kernel.io.report.ReportLanguage;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.Scale;

/**
 * The HTML report in a real browser: Debian's headless Chromium through chromedriver (Selenium). Skipped, with a
 * message, when {@code chromium} or {@code chromedriver} is not installed ({@code .ci/run} installs them).
 *
 * <p>A generated city checked three times (its breaches change between the checks) and recorded in a ledger: its
 * page in both languages must draw its charts (SVG present, no console error), a filter and a heatmap click must
 * narrow the table; screenshots go to {@code target/dashboard-zh.png} and {@code target/dashboard-en.png}. Then the
 * page of a scale-S city: its size and time to first render are printed.
 */
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("wangge.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("wangge.chromedriver", "/usr/bin/chromedriver"));
    static final Path TARGET = Path.of("target");

    static ChromeDriver driver;
    static RuleEngine engine;

    @BeforeAll
    static void browser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + "): the browser test is skipped;"
                        + " apt-get install chromium chromium-driver fonts-noto-cjk (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-gpu",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        engine = RuleEngine.zigong();
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    static CitySnapshot city(double rate, LocalDate asOf) {
        return CityGenerator.builder().seed(14).scale(Scale.TINY).asOf(asOf).breachRate(rate).generate().snapshot();
    }

    @Test
    void the_page_of_a_city_with_three_recorded_checks_draws_its_charts_and_filters(@TempDir Path dir) throws IOException {
        List<LocalDate> days = List.of(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 30));
        double[] rates = {0.12, 0.08, 0.05};
        CheckHistory history = null;
        CitySnapshot last = null;
        CheckReport report = null;
        try (ComplianceLedger ledger = ComplianceLedger.open(dir.toString())) {
            for (int i = 0; i < 3; i++) {
                last = city(rates[i], days.get(i));
                report = engine.check(last, days.get(i));
                history = ledger.record(report);
            }
        }
        assertThat(history.checks()).hasSize(3);
        assertThat(history.resolved()).isNotEmpty();
        System.out.println("DashboardBrowserTest: trend by article over three checks " + history.trendByArticle() + "; last check: "
                + history.newCount() + " new, " + history.persistingCount() + " persisting, " + history.resolved().size() + " resolved");
        for (ReportLanguage lang : ReportLanguage.values()) {
            Path page = TARGET.resolve("dashboard-" + lang.code() + ".html");
            Files.writeString(page, new HtmlReport(lang, DistrictResolver.of(last, report.asOf())).withHistory(history).render(report),
                    StandardCharsets.UTF_8);
            open(page);
            int total = report.findings().size();
            assertThat(matching()).isEqualTo(total);
            for (String chart : List.of("chart-severity", "chart-heatmap", "chart-township", "chart-trend", "chart-age")) {
                assertThat(driver.findElements(By.cssSelector("#" + chart + " svg"))).as(chart + " is drawn").isNotEmpty();
                assertThat(driver.findElements(By.cssSelector("#" + chart + " svg path, #" + chart + " svg rect"))).as(chart + " has shapes").isNotEmpty();
            }
            screenshot(TARGET.resolve("dashboard-" + lang.code() + ".png"));

            // a filter narrows the table
            new Select(driver.findElement(By.id("f-severity"))).selectByValue("0");
            int violations = (int) report.findings().stream().filter(f -> f.severity() == org.wangge.kernel.rules.Severity.VIOLATION).count();
            assertThat(matching()).isEqualTo(violations).isLessThan(total);
            driver.findElement(By.id("f-reset")).click();
            assertThat(matching()).isEqualTo(total);

            // a heatmap cell filters by its article and district
            clickHeatmapCell();
            assertThat(matching()).isLessThan(total).isPositive();
            assertThat(new Select(driver.findElement(By.id("f-article"))).getFirstSelectedOption().getAttribute("value")).isNotEmpty();
            assertThat(new Select(driver.findElement(By.id("f-district"))).getFirstSelectedOption().getAttribute("value")).isNotEmpty();

            // a row opens to its evidence, labelled in the page's language
            driver.findElement(By.cssSelector("#rows tr.row")).click();
            WebElement detail = driver.findElement(By.cssSelector("#rows tr.detail"));
            assertThat(detail.getText()).contains(lang == ReportLanguage.ZH ? "证据" : "Evidence");
            // search narrows too
            driver.findElement(By.id("f-reset")).click();
            String id = report.findings().get(0).subject().id();
            driver.findElement(By.id("f-search")).sendKeys(id);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> matching() < total);
            assertThat(consoleErrors()).as("console errors").isEmpty();
        }
    }

    @Test
    void the_page_of_a_scale_s_city_opens_and_filters_without_stalling() throws IOException {
        long t0 = System.nanoTime();
        CitySnapshot city = CityGenerator.builder().seed(21).scale(Scale.S).breachRate(0.02).generate().snapshot();
        long t1 = System.nanoTime();
        CheckReport report = engine.check(city, city.asOf());
        long t2 = System.nanoTime();
        String html = new HtmlReport(ReportLanguage.ZH, DistrictResolver.of(city, report.asOf())).render(report);
        long t3 = System.nanoTime();
        Path page = TARGET.resolve("dashboard-s-zh.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        open(page);
        long loaded = System.nanoTime();
        @SuppressWarnings("unchecked")
        Map<String, Object> timing = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "var p = performance.getEntriesByType('paint'); var fcp = p.filter(function (e) { return e.name === 'first-contentful-paint'; });"
                        + " var nav = performance.getEntriesByType('navigation')[0];"
                        + " return {fcp: fcp.length ? fcp[0].startTime : -1, scripted: Number(document.documentElement.getAttribute('data-rendered')) - performance.timeOrigin,"
                        + " load: nav ? nav.loadEventEnd : -1};");
        long f0 = System.nanoTime();
        new Select(driver.findElement(By.id("f-severity"))).selectByValue("1");
        int warnings = matching();
        long f1 = System.nanoTime();
        assertThat(warnings).isLessThan(report.findings().size());
        screenshot(TARGET.resolve("dashboard-s-zh.png"));
        assertThat(consoleErrors()).isEmpty();
        String load = uptime();
        System.out.printf(java.util.Locale.ROOT, "DashboardBrowserTest scale S: %d grids, %d findings; page %.2f MB (%d bytes); generate %.1f s, check %.1f s,"
                        + " render %.2f s; browser: first contentful paint %.0f ms, charts and table ready %.0f ms, load event %.0f ms,"
                        + " open as seen by the test %.0f ms; a filter %.0f ms; load: %s%n",
                city.grids().size(), report.findings().size(), html.getBytes(StandardCharsets.UTF_8).length / 1e6,
                html.getBytes(StandardCharsets.UTF_8).length, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, num(timing.get("fcp")),
                num(timing.get("scripted")), num(timing.get("load")), (loaded - started) / 1e6, (f1 - f0) / 1e6, load);
        Files.writeString(TARGET.resolve("dashboard-s-measure.txt"), "findings=" + report.findings().size() + " bytes="
                + html.getBytes(StandardCharsets.UTF_8).length + " fcpMs=" + num(timing.get("fcp")) + " readyMs=" + num(timing.get("scripted"))
                + " filterMs=" + (f1 - f0) / 1e6 + " uptime=" + load + "\n");
        assertThat(num(timing.get("scripted"))).as("charts and table ready (ms)").isLessThan(30_000);
    }

    static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : -1;
    }

    static void open(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.tagName("html")).getAttribute("data-rendered") != null);
        consoleErrors(); // the log starts anew for each page
    }

    static int matching() {
        return Integer.parseInt(driver.findElement(By.id("count")).getAttribute("data-matching"));
    }

    /** Clicks the centre of the heatmap's fullest cell, found through the chart's own coordinates. */
    static void clickHeatmapCell() {
        WebElement heat = driver.findElement(By.id("chart-heatmap"));
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "var c = echarts.getInstanceByDom(document.getElementById('chart-heatmap'));"
                        + " var data = c.getOption().series[0].data; var best = data[0];"
                        + " data.forEach(function (d) { if (d[2] > best[2]) { best = d; } });"
                        + " var p = c.convertToPixel({seriesIndex: 0}, [best[0], best[1]]); return [p[0], p[1], best[2]];");
        int dx = (int) Math.round(at.get(0).doubleValue() - heat.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(at.get(1).doubleValue() - heat.getRect().getHeight() / 2.0);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", heat);
        new Actions(driver).moveToElement(heat, dx, dy).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> matching() == at.get(2).intValue());
    }

    static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        try {
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    errors.add(e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            errors.add("cannot read the browser's console: " + e.getMessage());
        }
        return errors;
    }

    static void screenshot(Path file) throws IOException {
        long height = ((Number) driver.executeScript("return Math.min(document.documentElement.scrollHeight, 2600)")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) height));
        driver.executeScript("window.scrollTo(0, 0)");
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(file.getParent());
        Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }

    static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
