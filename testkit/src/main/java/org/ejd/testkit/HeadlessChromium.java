package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}), headless, driven through Debian's {@code /usr/bin/chromedriver}: both
 * given by path, so Selenium looks nothing up and downloads nothing (ADR 0049). Each instance has a fresh profile,
 * deleted on {@link #close()}, and the switches this machine's closed network needs (no background connections, no
 * component updates, no sync, no QUIC). The driver's version comes from Spring Boot's dependency management and speaks
 * W3C WebDriver to whatever chromedriver the machine has. Needs the packages {@code chromium} and
 * {@code chromium-driver} ({@code .ci/run} installs them).
 */
public final class HeadlessChromium implements AutoCloseable {

	public static final Path CHROMIUM = Path.of(System.getProperty("ejd.chromium", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path.of(System.getProperty("ejd.chromedriver", "/usr/bin/chromedriver"));

	private final Path profile;

	private final ChromeDriver driver;

	private HeadlessChromium() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException(CHROMIUM + " and " + CHROMEDRIVER
					+ " are needed: apt-get install chromium chromium-driver (.ci/run installs them)");
		}
		try {
			profile = Files.createTempDirectory("ejd-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--lang=ru", "--window-size=1280,1600");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		Shutdown.beforeServers(this);
	}

	/** A new browser with an empty profile. */
	public static HeadlessChromium start() {
		return new HeadlessChromium();
	}

	public WebDriver driver() {
		return driver;
	}

	/** Waits up to {@code timeout} for {@code condition} to give something other than null or false, polling every 250 ms. */
	public <T> T await(Duration timeout, Function<WebDriver, T> condition) {
		// a page that renders again (the diary page after «Обновить») replaces the elements a condition has just found
		return new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(250))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition::apply);
	}

	@Override
	public synchronized void close() {
		try {
			driver.quit();
		}
		catch (RuntimeException alreadyGone) {
			// quit twice (the test, then the JVM's shutdown): nothing left to stop
		}
		try {
			FileSystemUtils.deleteRecursively(profile);
		}
		catch (IOException ex) {
			// already deleted
		}
	}
}
