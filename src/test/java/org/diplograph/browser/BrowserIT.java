package org.diplograph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.diplograph.ServeProcess;
import org.diplograph.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A newcomer's first minute, in a real headless Chromium: open the Browser that {@code serve}
 * prints, get connected, find Diplograph's guide open, run its first cell, see the meeting
 * network. Screenshots go to target/.
 */
class BrowserIT {

  @TempDir static Path home;
  static ServeProcess serve;
  static WebDriver chrome;

  @BeforeAll
  static void start() throws Exception {
    serve = new ServeProcess(home, List.of(Path.of("src", "test", "resources", "corpus").toString()));
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1600,1000", "--user-data-dir=" + Files.createTempDirectory("chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .usingAnyFreePort().build();
    chrome = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (chrome != null) {
      chrome.quit();
    }
    if (serve != null) {
      serve.close();
    }
  }

  private static WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(chrome, Duration.ofSeconds(seconds));
  }

  private static void screenshot(String name) throws Exception {
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", name), ((TakesScreenshot) chrome).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theGuideOpensOnConnectAndItsFirstCellShowsTheMeetingNetwork() throws Exception {
    String url = serve.output().stream().filter(l -> l.startsWith("Neo4j Browser: ")).findFirst().orElseThrow()
        .substring("Neo4j Browser: ".length());
    assertThat(url).startsWith(serve.browserUrl()).contains("connectURL=" + serve.boltUri());
    chrome.get(url);

    waitUpTo(60).until(d -> d.findElements(By.cssSelector("[data-testid='frame']")).stream()
        .anyMatch(f -> f.getText().contains("Connected to Neo4j")));
    WebElement firstCell = waitUpTo(60).until(d -> d.findElements(By.cssSelector("pre.runnable")).stream()
        .filter(p -> p.getText().contains("PARTICIPATED_IN")).findFirst().orElse(null));
    assertThat(chrome.findElement(By.tagName("body")).getText()).contains("Who met whom, when, where");
    screenshot("browser-guide.png");

    firstCell.click();
    chrome.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
    waitUpTo(60).until(d -> d.findElements(By.cssSelector("svg g.node")).size() >= 5);
    Thread.sleep(1500); // let the force layout settle for the screenshot
    assertThat(chrome.findElements(By.cssSelector("svg g.node"))).hasSizeGreaterThanOrEqualTo(5);
    String captions = (String) ((org.openqa.selenium.JavascriptExecutor) chrome).executeScript(
        "return Array.from(document.querySelectorAll('svg g.node')).map(n => n.textContent).join('|')");
    assertThat(captions).contains("Nurtleu", "Borg", "Iwaya", "2025-02-10");
    screenshot("browser-meeting-network.png");
  }
}
