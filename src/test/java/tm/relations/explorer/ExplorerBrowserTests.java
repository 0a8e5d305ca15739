package tm.relations.explorer;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page at {@code /} in a real browser: Debian's headless Chromium driven by
 * chromedriver, against the running service and its embedded Neo4j loaded with the real
 * scripts. The page uses nothing but the public GraphQL API, so these tests see what a
 * user sees. Each test also fails on any JavaScript console error and leaves a screenshot
 * of its view in {@code <build directory>/screenshots/} for review. Without Chromium and
 * chromedriver the tests are skipped (CI installs both, see {@code .ci/run}).
 */
class ExplorerBrowserTests extends GraphApiTestSupport {

	private static final Path CHROMIUM = Path.of(System.getProperty("explorer.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("explorer.chromedriver", "/usr/bin/chromedriver"));

	private static WebDriver browser;

	private static Path profile;

	@BeforeAll
	static void startBrowser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				() -> "Browser tests skipped: they need Chromium at " + CHROMIUM + " and chromedriver at "
						+ CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver; "
						+ "or set -Dexplorer.chromium=... -Dexplorer.chromedriver=...)");
		profile = Files.createTempDirectory("explorer-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// Without the background-networking flags Chromium's own connections are refused
		// here and it stalls; a fresh profile keeps runs independent.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--user-data-dir=" + profile);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	/**
	 * On failure: a screenshot and the page's text next to the others, to see what the
	 * user saw.
	 */
	@RegisterExtension
	static final TestWatcher FAILURE_SCREENSHOTS = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				String name = "FAILED-" + context.getRequiredTestMethod().getName();
				screenshot(name);
				try {
					Files.writeString(buildDirectory().resolve("screenshots").resolve(name + ".txt"),
							browser.getCurrentUrl() + "\n\n" + browser.findElement(By.tagName("body")).getText()
									+ "\n\nConsole:\n" + String.join("\n", consoleErrors()));
				}
				catch (IOException | URISyntaxException | RuntimeException ex) {
					// the screenshot is what matters
				}
			}
		}
	};

	@AfterEach
	void noJavaScriptErrors() {
		assertThat(consoleErrors()).as("JavaScript console errors").isEmpty();
	}

	@Test
	void loadsTheStartPageWithNoJavaScriptErrors() {
		open("/");
		waitFor(By.cssSelector("main h1"));
		assertThat(text(By.cssSelector("main h1"))).contains("Turkmenistan");
		assertThat(script("return typeof cytoscape")).as("Cytoscape from its WebJar").isEqualTo("function");
		assertThat(browser.findElements(By.cssSelector("nav.views a"))).extracting(WebElement::getText)
			.contains("Path finder", "Energy partners");
		// Keyboard: the search box, then its button, with a visible focus ring.
		WebElement search = browser.findElement(By.id("search"));
		search.click();
		search.sendKeys(Keys.TAB);
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Search");
		assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
		screenshot("start");
	}

	@Test
	void searchingDoustiOpensTheDostlukDamWithItsEvidenceSentence() {
		open("/");
		WebElement search = waitFor(By.id("search"));
		search.sendKeys("Dousti");
		By firstSuggestion = By.cssSelector("#search ~ .suggestions li.suggestion");
		waitUntilText(firstSuggestion, "Dostluk Dam");
		WebElement suggestion = browser.findElement(firstSuggestion);
		assertThat(search.getDomAttribute("aria-expanded")).isEqualTo("true");
		search.sendKeys(Keys.ARROW_DOWN);
		assertThat(search.getDomAttribute("aria-activedescendant")).isEqualTo(suggestion.getDomAttribute("id"));
		search.sendKeys(Keys.ENTER);

		waitUntilText(By.cssSelector("main h1"), "Dostluk Dam");
		waitFor(By.cssSelector("#listview table.facts"));
		assertThat(text(By.cssSelector(".mentions")))
			.contains("the $167 million Dousti (Friendship in Persian) Dam in the south of the country");
		assertThat(drawnNodes()).contains("Dostluk Dam", "Iran", "Turkmenistan");
		assertThat(browser.getCurrentUrl()).contains("view=entity").contains("Dam%3Adostluk-dam");

		// The list view holds the same facts; selecting one shows its revisions and
		// sentence.
		WebElement builtByIran = browser.findElements(By.cssSelector("#listview table.facts tbody tr"))
			.stream()
			.filter((row) -> row.getText().contains("BUILT_BY") && row.getText().contains("Iran"))
			.findFirst()
			.orElseThrow();
		builtByIran.findElement(By.tagName("button")).click();
		waitUntilText(By.id("details"), "Dousti");
		assertThat(text(By.id("details"))).contains("000").contains("002").contains("joint venture");
		screenshot("entity");

		assertGraphiqlLinkCarriesTheLastRequest("Neighbourhood", "Dam:dostluk-dam");
	}

	@Test
	void drawsTheEnergyPathFromTurkmenistanToIndiaOverAfghanistanAndPakistan() {
		open("/");
		waitFor(By.linkText("Path finder")).click();
		pick(waitFor(By.id("path-from")), "Turkmen", "Turkmenistan");
		pick(waitFor(By.id("path-to")), "India", "India");
		check(By.cssSelector("#path-form input[name=kinds][value=ENERGY]"));
		WebElement hops = browser.findElement(By.id("path-hops"));
		hops.clear();
		hops.sendKeys("3");
		hops.sendKeys(Keys.ENTER);

		By overAfghanistanAndPakistan = By.xpath("//li[contains(@class,'path')][.//summary[contains(.,"
				+ "'Turkmenistan → Afghanistan → Pakistan → India')]]");
		waitFor(overAfghanistanAndPakistan);
		// Several paths pass there (gas pipeline links, electricity then pipeline ...):
		// take the
		// one along the pipeline links.
		WebElement path = browser.findElements(overAfghanistanAndPakistan)
			.stream()
			.filter((candidate) -> candidate
				.findElements(By.xpath(".//li[contains(@class,'hop')]" + "[.//button[.='PIPELINE_LINK']]"))
				.size() == 3)
			.findFirst()
			.orElse(browser.findElement(overAfghanistanAndPakistan));
		assertThat(drawnNodes()).contains("Turkmenistan", "Afghanistan", "Pakistan", "India");
		assertThat(text(By.id("drawing-title"))).contains("ENERGY").contains("at most 3 hops");
		WebElement details = path.findElement(By.tagName("details"));
		if (details.getDomAttribute("open") == null) {
			details.findElement(By.tagName("summary")).click();
		}
		List<WebElement> hopItems = path.findElements(By.cssSelector("li.hop"));
		assertThat(hopItems).hasSize(3);
		for (WebElement hop : hopItems) {
			assertThat(hop.findElements(By.cssSelector("blockquote.quote"))).as(hop.getText()).isNotEmpty();
			assertThat(hop.findElement(By.cssSelector("blockquote.quote")).getText()).isNotBlank();
			assertThat(hop.getText()).contains("ENERGY");
		}
		assertThat(hopItems.get(1).getText()).contains("Afghanistan").contains("Pakistan").contains("PIPELINE_LINK");
		path.findElement(By.xpath(".//button[.='Highlight in drawing']")).click();
		hopItems.get(1).findElement(By.cssSelector("button.link")).click();
		waitUntilText(By.id("details"), "PIPELINE_LINK");
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
		screenshot("paths");

		assertGraphiqlLinkCarriesTheLastRequest("AllPaths", "Country:india");
	}

	@Test
	void switchingRevisionsRedrawsTheGasBuyersAsEachRevisionStatesThem() {
		open("/#view=energy");
		waitFor(By.cssSelector("tr.connection"));

		browser.findElement(By.cssSelector("input[name=revision][value=R000]")).click();
		waitUntil(() -> browser.getCurrentUrl().contains("rev=R000") && !busy());
		waitUntilText(By.id("drawing-title"), "revision 000");
		assertThat(gasBuyers()).contains("Russia", "Ukraine").doesNotContain("China");
		assertThat(drawnNodes()).contains("Russia", "Ukraine");
		WebElement ukraine = browser
			.findElement(By.cssSelector("tr.connection[data-role=GAS_BUYER][data-partner=Ukraine]"));
		assertThat(ukraine.findElements(By.cssSelector(".badge.mark"))).as("Ukraine's sales are marked as changed")
			.isNotEmpty();
		screenshot("energy-000");

		browser.findElement(By.cssSelector("input[name=revision][value=R002]")).click();
		waitUntil(() -> browser.getCurrentUrl().contains("rev=R002") && !busy());
		waitUntilText(By.id("drawing-title"), "revision 002");
		assertThat(gasBuyers()).contains("China").doesNotContain("Ukraine");
		assertThat(drawnNodes()).contains("China").doesNotContain("Ukraine");
		screenshot("energy-002");

		assertGraphiqlLinkCarriesTheLastRequest("EnergyPartners", "R002");
	}

	@Test
	void explainsEmptyResultsGraphQlErrorsAndAnUnavailableService() {
		open("/");
		WebElement search = waitFor(By.id("search"));
		search.sendKeys("Qwzxv");
		search.sendKeys(Keys.ENTER);
		waitUntilText(By.cssSelector("main .message.empty"), "No entity matches “Qwzxv”");

		open("/#view=paths&from=Atlantis&to=India&hops=3&mode=all&first=20");
		waitUntilText(By.cssSelector("#messages .message.error"), "No node named 'Atlantis'");
		assertThat(text(By.cssSelector("#messages .message.error"))).contains("GraphQL error").contains("NOT_FOUND");
		screenshot("error");

		open("/");
		((JavascriptExecutor) browser)
			.executeScript("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
		WebElement again = waitFor(By.id("search"));
		again.sendKeys("Ashgabat");
		again.sendKeys(Keys.ENTER);
		waitUntilText(By.cssSelector("#messages .message.error"), "Service unavailable");
		assertThat(browser.findElement(By.cssSelector("#messages .message.error")).getDomAttribute("role"))
			.isEqualTo("alert");
	}

	// -----------------------------------------------------------------------------------------

	/** Loads the page afresh (never just a fragment change of the page already open). */
	private void open(String path) {
		browser.get("about:blank");
		browser.get("http://localhost:" + this.port + path);
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private void waitUntilText(By locator, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	private void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((driver) -> condition.getAsBoolean());
	}

	private boolean busy() {
		return !browser.findElements(By.cssSelector("main[aria-busy=true]")).isEmpty();
	}

	private String text(By locator) {
		return browser.findElement(locator).getText();
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

	/**
	 * Types into a suggestion box, waits for the suggestion, picks it with the keyboard.
	 */
	private void pick(WebElement input, String typed, String expected) {
		input.sendKeys(typed);
		By first = By.cssSelector("#" + input.getDomAttribute("aria-controls") + " li.suggestion");
		waitUntilText(first, expected);
		input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		assertThat(input.getDomProperty("value")).isEqualTo(expected);
	}

	private void check(By checkbox) {
		WebElement box = browser.findElement(checkbox);
		if (!box.isSelected()) {
			box.click();
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> drawnNodes() {
		return (List<String>) script("return window.explorer.drawnNodes()");
	}

	private List<String> gasBuyers() {
		return browser.findElements(By.cssSelector("tr.connection[data-role=GAS_BUYER]"))
			.stream()
			.map((row) -> row.getDomAttribute("data-partner"))
			.distinct()
			.toList();
	}

	/**
	 * The "Open in GraphiQL" link carries the exact query and variables of the view's
	 * last request: in its URL, and (on click) in GraphiQL's local storage, which
	 * Spring's GraphiQL page reads on start.
	 */
	@SuppressWarnings("unchecked")
	private void assertGraphiqlLinkCarriesTheLastRequest(String operation, String variable) {
		Map<String, Object> last = (Map<String, Object>) script("return window.explorer.lastRequest()");
		WebElement link = browser.findElement(By.cssSelector("main a.graphiql-link"));
		assertThat(link.getText()).isEqualTo("Open in GraphiQL");
		Map<String, String> parameters = queryParameters(link.getDomProperty("href"));
		assertThat(parameters.get("path")).isEqualTo("/graphql");
		assertThat(parameters.get("query")).isEqualTo(last.get("query")).contains("query " + operation);
		assertThat(parameters.get("variables")).contains(variable);
		Object stored = script("""
				const link = document.querySelector('main a.graphiql-link');
				link.onclick();
				return [localStorage.getItem('graphiql:query'), localStorage.getItem('graphiql:variables')];""");
		assertThat((List<String>) stored).containsExactly(parameters.get("query"), parameters.get("variables"));
	}

	private static Map<String, String> queryParameters(String href) {
		String query = href.substring(href.indexOf('?') + 1);
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return parameters;
	}

	private static List<String> consoleErrors() {
		if (browser == null) {
			return List.of();
		}
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.collect(Collectors.toList());
	}

	/** Saves the viewport as {@code <build directory>/screenshots/<name>.png}. */
	private static void screenshot(String name) {
		try {
			Path target = buildDirectory().resolve("screenshots");
			Files.createDirectories(target);
			Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | URISyntaxException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
	}

	/**
	 * The build directory ({@code target/} or {@code -Dbuild.dir}): the parent of
	 * test-classes.
	 */
	private static Path buildDirectory() throws URISyntaxException {
		Path testClasses = Path
			.of(ExplorerBrowserTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		return testClasses.getParent();
	}

	static {
		// Selenium's own java.util.logging chatter (CDP version notices) is not a test
		// result.
		Arrays.asList("org.openqa.selenium", "org.openqa.selenium.devtools", "org.openqa.selenium.chromium")
			.forEach((name) -> java.util.logging.Logger.getLogger(name).setLevel(Level.SEVERE));
	}

}
