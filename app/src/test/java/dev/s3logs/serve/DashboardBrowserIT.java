package dev.s3logs.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.store.duckdb.DuckDbLocation;
import dev.s3logs.store.duckdb.DuckDbTraffic;
import dev.s3logs.traffic.KnownTraffic;
import dev.s3logs.traffic.LogLine;
import dev.s3logs.traffic.Prices;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium (the Debian packages, named by path so that Selenium
 * Manager never looks for one): the numbers it shows, a range and a filter changed, and hostile
 * user agents shown as text with no script run.
 */
class DashboardBrowserIT {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  @TempDir
  static Path dir;

  private static KnownTraffic known;
  private static DuckDbTraffic traffic;
  private static DashboardServer server;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    for (String program : List.of(CHROMIUM, DRIVER)) {
      boolean present = Files.isExecutable(Path.of(program));
      String missing = program + " is missing: apt-get install -y chromium chromium-driver";
      // .ci/run installs both and sets the variable, so there a missing browser fails the run;
      // a fresh clone with only a JDK still passes the README's test command.
      if (System.getenv("S3LOGS_BROWSER_REQUIRED") != null && !present) {
        throw new IllegalStateException(missing);
      }
      Assumptions.assumeTrue(present, missing);
    }
    known = KnownTraffic.make(dir);
    traffic = DuckDbTraffic.open(new DuckDbLocation(known.store()));
    server = new DashboardServer("127.0.0.1", 0, traffic, Prices.S3_STANDARD_US_EAST_1, null,
        new PrintStream(System.err, true));
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
            "--window-size=1400,2400");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    server.close();
    traffic.close();
  }

  @Test
  void showsTheNumbersFollowsRangeAndFilterAndRunsNoHostileScript() throws Exception {
    browser.get("http://127.0.0.1:" + server.port() + "/?q=evil%2F");
    String loaded = waitForLoad("");
    assertThat(text("total-requests")).isEqualTo("2");
    assertHostileAgentsAreText();
    loaded = search("", loaded);
    assertThat(text("total-requests")).isEqualTo(number(count(l -> true)));
    assertThat(browser.findElement(By.id("from")).getAttribute("value"))
        .isEqualTo(first().toString().substring(0, 16));
    screenshot();

    loaded = setFrom("2026-03-02T00:00", loaded);
    Instant from = Instant.parse("2026-03-02T00:00:00Z");
    assertThat(text("total-requests"))
        .isEqualTo(number(count(l -> !l.time().isBefore(from))));
    assertThat(param("from")).isEqualTo("2026-03-02T00:00:00Z");

    WebElement notFound = browser.findElements(By.cssSelector("#top-status td.entry")).stream()
        .filter(cell -> cell.getText().equals("404")).findFirst().orElseThrow();
    notFound.click();
    waitForLoad(loaded);
    assertThat(text("total-requests")).isEqualTo(number(count(l -> !l.time().isBefore(from)
        && l.statusIn(404, 405))));
    assertThat(param("status")).isEqualTo("404");
    assertThat(browser.findElement(By.id("filters")).getText()).contains("status = 404");
    assertNoScriptRan();
  }

  private void assertHostileAgentsAreText() {
    for (String cells : List.of("#requests td", "#top-user_agent td.entry")) {
      List<String> shown = browser.findElements(By.cssSelector(cells)).stream()
          .map(WebElement::getText).toList();
      assertThat(shown).as(cells).contains(KnownTraffic.SCRIPT_AGENT, KnownTraffic.IMG_AGENT);
    }
    assertNoScriptRan();
  }

  private void assertNoScriptRan() {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat(js.executeScript("return typeof window.__xss")).isEqualTo("undefined");
    assertThat(js.executeScript("return document.querySelectorAll('img, main script').length"))
        .isEqualTo(0L);
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }

  private String search(String text, String loaded) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value=arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input'))", browser.findElement(By.id("q")),
        text);
    return waitForLoad(loaded);
  }

  private String setFrom(String value, String loaded) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value=arguments[1];"
        + "arguments[0].dispatchEvent(new Event('change'))", browser.findElement(By.id("from")),
        value);
    return waitForLoad(loaded);
  }

  /** Waits until the panels were drawn again after {@code before}; returns the new mark. */
  private String waitForLoad(String before) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
      String now = d.findElement(By.tagName("body")).getAttribute("data-loaded");
      return now != null && !now.equals(before);
    });
    return browser.findElement(By.tagName("body")).getAttribute("data-loaded");
  }

  private void screenshot() throws Exception {
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target", "dashboard-browser.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private String param(String name) {
    return (String) ((JavascriptExecutor) browser).executeScript(
        "return new URLSearchParams(location.search).get(arguments[0])", name);
  }

  private static Instant first() {
    return known.lines().stream().map(LogLine::time).min(Instant::compareTo).orElseThrow();
  }

  private static long count(Predicate<LogLine> which) {
    return known.lines().stream().filter(which).count();
  }

  private static String number(long n) {
    return NumberFormat.getIntegerInstance(Locale.US).format(n);
  }
}
