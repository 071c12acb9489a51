package whosaid.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * What a fact-checker does, in a real headless Chromium driven by Selenium: search a paraphrase, open the claim,
 * follow a wording to its article and see the quotation marked, open the speaker and see the timeline, open a
 * contradiction and see both sides. Uses the operating system's chromium and chromedriver (Debian's packages);
 * nothing is downloaded. Runs only with -Pbrowser (tag "browser"), and fails when no browser starts.
 */
@Tag("browser")
class BrowserFlowTest {
    static final String CHROMIUM = System.getProperty("whosaid.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("whosaid.chromedriver", "/usr/bin/chromedriver");
    /** Where the screenshots go; the README shows copies kept under src/site/screenshots. */
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    static TestServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        for (String program : new String[]{CHROMIUM, CHROMEDRIVER}) {
            if (!new File(program).canExecute()) {
                fail(program + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver)");
            }
        }
        server = new TestServer(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.manage().window().setSize(new Dimension(1200, 1400));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aFactCheckerFollowsAClaimToItsArticleItsSpeakerAndAContradiction() throws Exception {
        browser.get(server.base() + "/");
        WebElement box = browser.findElement(By.id("claim"));
        box.sendKeys("the authority never put four percent in writing");
        box.submit();
        assertTrue(browser.getCurrentUrl().contains("/check?q="), browser.getCurrentUrl());

        browser.findElements(By.cssSelector("li.result a.claimtext")).get(0).click();
        assertTrue(browser.getCurrentUrl().matches(".*/claims/\\d+"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("four percent in writing"));
        List<WebElement> wordings = browser.findElements(By.cssSelector("section.wording"));
        assertFalse(wordings.isEmpty());
        assertEquals(1, browser.findElements(By.cssSelector("section.wording.first")).size(),
                "one wording is the first report");

        wordings.get(0).findElement(By.cssSelector("a.source")).click();
        String url = browser.getCurrentUrl();
        assertTrue(url.matches(".*/articles/[^#]+#q\\d+"), url);
        String quoteId = url.substring(url.indexOf('#') + 1);
        WebElement mark = browser.findElement(By.id(quoteId));
        assertTrue(mark.isDisplayed());
        assertTrue(mark.getAttribute("class").contains("q k-direct"), mark.getAttribute("class"));
        assertTrue(mark.getText().contains("four percent in writing"), mark.getText());
        WebElement label = mark.findElement(By.cssSelector(".lbl"));
        assertTrue(label.getText().startsWith("Tomas Brandt · said · direct"), label.getText());
        screenshot("article.png");

        label.findElement(By.tagName("a")).click();
        assertTrue(browser.getCurrentUrl().matches(".*/speakers/\\d+"), browser.getCurrentUrl());
        assertEquals("Tomas Brandt", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> dots = browser.findElements(By.cssSelector("svg#timeline circle.dot"));
        assertTrue(dots.size() >= 2, "a dot for each dated article that quotes him: " + dots.size());
        screenshot("speaker.png");

        browser.findElement(By.linkText("Contradictions")).click();
        WebElement first = browser.findElements(By.cssSelector("article.contra")).get(0);
        List<WebElement> sides = first.findElements(By.cssSelector(".side"));
        assertEquals(2, sides.size(), "both sides");
        for (WebElement side : sides) {
            assertFalse(side.findElement(By.tagName("mark")).getText().isBlank());
        }
        assertFalse(first.findElement(By.cssSelector(".why")).getText().isBlank(), "the reason is given");
        sides.get(1).findElement(By.cssSelector("a.source")).click();
        assertTrue(browser.getCurrentUrl().contains("/articles/"), browser.getCurrentUrl());

        browser.navigate().back();
        browser.findElements(By.cssSelector("article.contra a.story")).get(0).click();
        assertTrue(browser.getCurrentUrl().contains("/stories/"), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector("svg#timeline circle.dot")).size() >= 1, "the story's timeline");
        assertTrue(browser.findElements(By.cssSelector("article.contra")).size() >= 1,
                "the story lists the contradiction that led to it");
        screenshot("story.png");
        browser.findElements(By.cssSelector("table.list a[href^='/articles/']")).get(0).click();
        assertTrue(browser.getCurrentUrl().contains("/articles/"), browser.getCurrentUrl());
    }

    @Test
    void aStoredScriptIsShownAndNeverRun() {
        browser.get(server.base() + "/articles/x%3C1%3E%26");
        try {
            browser.switchTo().alert();
            fail("a script from the store ran and opened an alert");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        String text = browser.findElement(By.cssSelector("article.doc .body")).getText();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        String title = browser.findElement(By.tagName("h1")).getText();
        assertEquals("<script>alert(7)</script> Pier plan", title);
    }

    @Test
    void pagesFitAPhoneScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : new String[]{"/", "/speakers", "/stories", "/contradictions", "/outlets"}) {
                browser.get(server.base() + path);
                Number scrollWidth = (Number) ((ChromeDriver) browser)
                        .executeScript("return document.documentElement.scrollWidth");
                Number clientWidth = (Number) ((ChromeDriver) browser)
                        .executeScript("return document.documentElement.clientWidth");
                assertTrue(scrollWidth.intValue() <= clientWidth.intValue() + 1,
                        path + " scrolls sideways on a phone: " + scrollWidth + " > " + clientWidth);
            }
            screenshot("contradictions-phone.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1200, 1400));
        }
    }
}
