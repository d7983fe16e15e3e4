package org.cadre.e2e;

import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real Cadre (demo company of 400 people on an embedded PostgreSQL) driven through Debian's headless Chromium.
 * Each test class gets a fresh browser; the application context is shared between browser test classes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cadre.demo.enabled=true", "cadre.demo.people=400"})
@ActiveProfiles("test")
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "Cadre-Demo-2026";
    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", driver);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--window-size=1366,900");
        // headless Chromium ignores --lang for Accept-Language; the preference sets it
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    void signInAs(String demoUser) {
        signIn(demoUser, DEMO_PASSWORD);
        // present rather than visible: on a phone it is folded into the navigation's toggler
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    void useEnglish() {
        open("/?lang=en");
    }

    void phoneSized() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    /**
     * How long a test waits for the app: generous, because CI shares two cores with the app, its database and the
     * browser, and a wait that passes returns as soon as its condition holds.
     */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    WebElement waitFor(By by) {
        return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Until the element shows the text; read again when the page replaced it meanwhile (a redirect after a form). */
    void waitForText(By by, String text) {
        new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, PATIENCE);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Until htmx has no request in flight (it marks the requesting element with the class htmx-request). */
    void waitForHtmx() {
        waiting().until(d -> Boolean.TRUE.equals(script(
                "return !!window.htmx && document.querySelector('.htmx-request') === null")));
    }

    /** The address in the browser, percent-decoded (filters with Chinese text are readable). */
    String currentUrl() {
        return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
    }

    /** Until the address holds all of these pieces, e.g. after htmx pushed it. */
    void waitForUrl(String... pieces) {
        waiting().until(d -> Arrays.stream(pieces).allMatch(currentUrl()::contains));
    }

    /**
     * Sets a date input as its picker would, and tells listeners (htmx) that it changed. Typing into Chromium's
     * date fields depends on the browser's locale, hence the script.
     */
    void setDate(WebElement input, LocalDate date) {
        script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, date.toString());
    }

    /**
     * Clicks an element once it can be clicked, scrolled to the middle of the window first: at once, since
     * Bootstrap makes scrolling smooth, and a click during the scroll lands where the element no longer is.
     */
    WebElement click(By by) {
        WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(by));
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        return element;
    }

    /** Answers yes to the window.confirm of a button with data-confirm. */
    void confirm() {
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
    }

    /**
     * Until the page that held this element was replaced by the next one: the answer to a form posted without htmx
     * has arrived. Before that, a notice, a table or any id the answer shares with the submitted page would be read
     * from the page that is about to go.
     */
    void waitUntilReplaced(WebElement element) {
        waiting().until(ExpectedConditions.stalenessOf(element));
    }

    /** Clicks the button of a form that posts without htmx and waits for the page that answers it. */
    void submitAndWait(By button) {
        waitUntilReplaced(click(button));
    }

    /** The same for a button with data-confirm, answering yes. */
    void submitConfirmedAndWait(By button) {
        WebElement element = click(button);
        confirm();
        waitUntilReplaced(element);
    }

    /** The element's text, found again if htmx replaced it meanwhile (a poll every few seconds, a live update). */
    String textOf(By by) {
        return new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getText());
    }

    /** Whether nothing matches, without waiting the implicit two seconds for it to appear. */
    boolean absent(By by) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(by).isEmpty();
        } finally {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        }
    }

    /** The texts of the cells of one column of a table's body. */
    List<String> column(By table, int index) {
        return browser.findElement(table).findElements(By.cssSelector("tbody tr > td:nth-child(" + index + ")"))
                .stream().map(WebElement::getText).toList();
    }

    /** The browser's cookies as a Cookie header, for fetching with another HTTP client in the same session. */
    String cookieHeader() {
        return browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }
}
