package org.coproduce.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven headless by chromium-driver through Selenium 4. On failure the
 * extension keeps a screenshot (and the page source) under {@code target/browser-screenshots}.
 * Without a browser the tests are skipped on a developer's machine, but never on CI ({@code CI=true}),
 * where {@code .ci/run} installs chromium and chromium-driver.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
  public static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  private static final ThreadLocal<Browser> CURRENT = new ThreadLocal<>();

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  private Browser(String baseUrl) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.baseUrl = baseUrl;
  }

  public static Browser open(String baseUrl) {
    Browser browser = new Browser(baseUrl);
    CURRENT.set(browser);
    return browser;
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String path) {
    driver.get(baseUrl + path);
  }

  /** Logs into a Camunda webapp (tasklist, cockpit, admin) with its own login form. */
  public void loginToWebapp(String app, String user, String password) {
    go("/camunda/app/" + app + "/default/");
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
    name.sendKeys(user);
    driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  public WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement waitForClickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  public void waitUntilTextPresent(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  public void waitUntilGone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  public List<String> texts(By by) {
    return driver.findElements(by).stream().map(e -> e.getText().replaceAll("\\s+", " ").trim()).toList();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not keep a screenshot of " + name + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    CURRENT.remove();
    driver.quit();
  }

  /**
   * Skips browser tests where no browser is installed, except on CI; keeps screenshots of failures.
   * Tests close their browser in {@code @AfterEach}.
   */
  public static class Extension implements ExecutionCondition, AfterTestExecutionCallback {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
        return ConditionEvaluationResult.enabled("chromium and chromium-driver are installed");
      }
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        return ConditionEvaluationResult.enabled("CI=true: browser tests never skip (" + CHROMIUM + ", " + DRIVER
            + " must exist; .ci/run installs them)");
      }
      return ConditionEvaluationResult.disabled("No " + CHROMIUM + " or " + DRIVER
          + ": install Debian's chromium and chromium-driver to run the browser tests");
    }

    /** Runs before {@code @AfterEach}, while the failed page is still open. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
      Browser browser = CURRENT.get();
      if (browser != null && context.getExecutionException().isPresent()) {
        browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
            .replaceAll("[^A-Za-z0-9]+", "_"));
      }
    }
  }
}
