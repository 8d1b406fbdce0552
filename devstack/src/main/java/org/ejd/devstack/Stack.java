package org.ejd.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.ejd.platform.boot.KnownSecretsGuard;
import org.ejd.testkit.FreePorts;
import org.ejd.testkit.RealServers;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system on one machine: the real servers of testkit, then the five services and the
 * gateway on free ports. {@link Mode#FORKED} runs each service in its own JVM (the local stack:
 * separate memory, separate logs); {@link Mode#IN_PROCESS} runs them as Spring contexts in this JVM
 * (the system tests: one JVM, faster).
 */
public final class Stack implements AutoCloseable {

	public enum Mode {
		FORKED, IN_PROCESS
	}

	/** How forked services' JVMs run: the local stack starts fast; the performance run runs as production does. */
	public enum Jvm {
		/** C1 only, small serial heap: ready in seconds, slow under load (the local stack). */
		FAST_START(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k")),
		/**
		 * The optimizing compiler (C2) alone and a sized heap, as the container image runs (perf/, issue 13): the serial
		 * collector, which the JVM itself chooses in a container of under 1,792 MB (compose 512m, Kubernetes 768Mi-1Gi)
		 * and which needs no 40 MB of G1 structures beside a small heap; an AOT cache when the JDK has them
		 * ({@link AotCache}, ADR 0055). The heap starts at 64 MB and stops at 160 MB (a service keeps ≈ 30 MB live after
		 * start, at most 93 MB after a young collection under load), and a full collection cuts it at once to 1.25-1.7 ×
		 * what is live (free ratios, no shrinking in steps); glibc's free memory is given back every 5 s
		 * ({@code TrimNativeHeapInterval}: the JIT's arenas, freed after a burst of compiling, stay in malloc's arenas
		 * otherwise). ADR 0071. Tiered compilation off: C1's profiled copies of every warm method were two thirds of a
		 * busy service's compiled code (22 of 33 MB in the diary) and stay in the code cache, which only a full collection
		 * empties; C2 alone compiles from the interpreter's profiles (ADR 0087).
		 */
		PRODUCTION(List.of("-Xms64m", "-Xmx160m", "-XX:+UseSerialGC", "-XX:-TieredCompilation", "-Xss512k",
				"-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:-ShrinkHeapInSteps", "-XX:TrimNativeHeapInterval=5000"));

		private final List<String> options;

		Jvm(List<String> options) {
			this.options = options;
		}

		public List<String> options() {
			return options;
		}
	}

	private final Jvm jvm;

	private final Map<String, Map<String, String>> extraProperties;

	private final Map<String, Integer> ports = new LinkedHashMap<>();

	/** Per service, its actuator (health, Prometheus): a port of its own, never routed by the gateway. */
	private final Map<String, Integer> managementPorts = new java.util.concurrent.ConcurrentHashMap<>();

	private final List<AutoCloseable> running = new ArrayList<>();

	private final Map<String, Process> processes = new LinkedHashMap<>();

	private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();

	/** Per forked service, the command line it was launched with: {@link #restart} launches it again with it. */
	private final Map<String, List<String>> launchedWith = new java.util.concurrent.ConcurrentHashMap<>();

	private final Path logDir;

	private final Map<String, Duration> readyIn = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<String, Duration> waitedForQuiet = new java.util.concurrent.ConcurrentHashMap<>();

	/** Where every service sends its spans (OTLP over HTTP), if anywhere. */
	private final java.util.Optional<String> tracesEndpoint;

	private Stack(Path logDir, Jvm jvm, Map<String, Map<String, String>> extraProperties) {
		this.logDir = logDir;
		this.jvm = jvm;
		this.extraProperties = extraProperties;
		this.tracesEndpoint = tracesEndpoint(System.getProperty(TRACES_ENDPOINT),
				System.getenv("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT"));
	}

	/** A system property naming the OTLP endpoint for the stack's services; else the environment's, as Boot reads it. */
	public static final String TRACES_ENDPOINT = "ejd.stack.traces-endpoint";

	static java.util.Optional<String> tracesEndpoint(@org.jspecify.annotations.Nullable String property,
			@org.jspecify.annotations.Nullable String environment) {
		return ReadyReport.nonBlank(property).or(() -> ReadyReport.nonBlank(environment));
	}

	public static Stack start(Mode mode, Path logDir) {
		return start(mode, logDir, Jvm.FAST_START, Map.of());
	}

	/**
	 * @param extraProperties per service name, properties added to its command line (e.g. a profile for the
	 * performance run)
	 */
	public static Stack start(Mode mode, Path logDir, Jvm jvm, Map<String, Map<String, String>> extraProperties) {
		Stack stack = new Stack(logDir, jvm, extraProperties);
		try {
			stack.boot(mode);
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
		return stack;
	}

	private void boot(Mode mode) {
		RealServers.propertiesFor("identity"); // starts PostgreSQL, Kafka, Keycloak and SMTP side by side
		ExecutorService starter = Executors.newVirtualThreadPerTaskExecutor();
		List<Future<?>> started = new ArrayList<>();
		// one at a time by default: on a small machine services started together share its cores, and each is ready only
		// when all are (2 cores: 50-55 s each for seven at once); -Dejd.stack.parallel-starts raises it on a bigger one
		Semaphore starting = new Semaphore(Integer.getInteger("ejd.stack.parallel-starts", 1));
		Map<String, String> gatewayProperties = new LinkedHashMap<>(RealServers.propertiesFor(null));
		// management ports handed out first: the diary's status watches the others' readiness probes (ADR 0038)
		Map<String, Integer> management = new LinkedHashMap<>();
		ServiceSpec.BACKENDS.forEach(service -> management.put(service.name(), FreePorts.next()));
		for (ServiceSpec service : ServiceSpec.BACKENDS) {
			int port = FreePorts.next();
			ports.put(service.name(), port);
			gatewayProperties.put("ejd.gateway.services." + service.route(), "http://127.0.0.1:" + port);
			Map<String, String> properties = new LinkedHashMap<>(RealServers.propertiesFor(service.database()));
			properties.putAll(behindTheGateway(port));
			properties.put("management.server.port", Integer.toString(management.get(service.name())));
			if ("notification-service".equals(service.name())) {
				// SMS go to the SMPP simulator (an SMSC), whose receipts come back as on a real one
				properties.put("ejd.notification.sms.smpp.port", Integer.toString(RealServers.smpp().port()));
				properties.put("ejd.notification.sms.smpp.password", org.ejd.testkit.SmppServer.PASSWORD);
			}
			if ("diary-service".equals(service.name())) {
				// the demo's webhook receivers run on the same machine (ADR 0027); everywhere else only https
				properties.put("ejd.diary.webhooks.allow-loopback-http", "true");
				properties.putAll(statusProbes(management));
			}
			if ("identity-service".equals(service.name())) {
				// registered apps of the demo may sign in through http://localhost (A8); everywhere else https or an app scheme
				properties.put("ejd.identity.apps.allow-loopback-http", "true");
			}
			if (mode == Mode.FORKED) {
				started.add(starter.submit(() -> {
					starting.acquireUninterruptibly();
					try {
						launch(mode, service, properties);
					}
					finally {
						starting.release();
					}
				}));
			}
			else {
				launch(mode, service, properties); // one at a time: Spring Boot's logging set-up is per JVM
			}
		}
		await(started);
		int gatewayPort = FreePorts.next();
		ports.put(ServiceSpec.GATEWAY.name(), gatewayPort);
		gatewayProperties.put("server.port", Integer.toString(gatewayPort));
		// the reference diary page signs in with exact redirect URIs: this gateway's /diary/ (ADR 0049)
		RealServers.keycloak().allowRedirect("ejd-diary-page", "http://localhost:" + gatewayPort + "/diary/");
		// and so does its Swagger UI: this gateway's oauth2-redirect.html (ADR 0052)
		RealServers.keycloak().allowRedirect("ejd-swagger-ui", "http://localhost:" + gatewayPort + "/swagger-ui/oauth2-redirect.html");
		launch(mode, ServiceSpec.GATEWAY, gatewayProperties);
		starter.shutdown();
	}

	/** The diary's public status asks journal, identity and consent for their readiness on their management ports. */
	static Map<String, String> statusProbes(Map<String, Integer> managementPorts) {
		Map<String, String> probes = new LinkedHashMap<>();
		for (String service : List.of("journal", "identity", "consent")) {
			probes.put("ejd.diary.status.services." + service,
					"http://127.0.0.1:" + managementPorts.get(service + "-service") + "/actuator/health/readiness");
		}
		return probes;
	}

	/** Matches the gateway's address in the local stack (loopback), and nothing else: Tomcat's default also trusts private ranges. */
	static final String GATEWAY_ADDRESS = "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1";

	/**
	 * How a backend service listens in the local stack: on loopback only, so that nothing but the
	 * gateway (the one entry, on every interface) reaches it from the network, and believing
	 * {@code X-Forwarded-*} only from the gateway's address (ADR 0016).
	 */
	static Map<String, String> behindTheGateway(int port) {
		Map<String, String> server = new LinkedHashMap<>();
		server.put("server.port", Integer.toString(port));
		server.put("server.address", "127.0.0.1");
		server.put("server.forward-headers-strategy", "native");
		server.put("server.tomcat.remoteip.internal-proxies", GATEWAY_ADDRESS);
		return server;
	}

	private void launch(Mode mode, ServiceSpec service, Map<String, String> properties) {
		// the local stack is the demo: its servers run with their throw-away defaults (KnownSecretsGuard)
		properties.put("spring.profiles.active", KnownSecretsGuard.DEMO_PROFILE);
		properties.putIfAbsent("management.server.port", Integer.toString(FreePorts.next()));
		// the endpoint ./run prints is the one each service is given, not only what a forked JVM inherits
		tracesEndpoint.ifPresent(endpoint -> properties.put("management.opentelemetry.tracing.export.otlp.endpoint", endpoint));
		properties.putAll(extraProperties.getOrDefault(service.name(), Map.of()));
		managementPorts.put(service.name(), Integer.parseInt(properties.get("management.server.port")));
		List<String> args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
		List<String> command = mode == Mode.FORKED ? command(service, args) : List.of();
		if (mode == Mode.FORKED && jvm == Jvm.PRODUCTION) {
			awaitQuiet(service.name());
		}
		long launched = System.nanoTime(); // readiness is timed from the service's own start, after any AOT training
		if (mode == Mode.IN_PROCESS) {
			try {
				Class<?> main = Class.forName(service.mainClass());
				ConfigurableApplicationContext context = SpringApplication.run(main, args.toArray(String[]::new));
				synchronized (running) {
					contexts.put(service.name(), context);
					running.add(context::close);
				}
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		else {
			fork(service, command);
		}
		awaitReady(service.name(), managementPorts.get(service.name()));
		readyIn.put(service.name(), Duration.ofNanos(System.nanoTime() - launched));
	}

	/**
	 * With {@link Jvm#PRODUCTION}, a service is launched once the services already running have finished what they do
	 * after their readiness (topics, listeners, clients: ADRs 0092-0094), so that its time to ready is its own start's
	 * and not a share of the cores with the one before (ADR 0102). At most {@code -Dejd.stack.quiet-seconds} (10).
	 */
	private void awaitQuiet(String next) {
		Duration atMost = Duration.ofSeconds(Long.getLong("ejd.stack.quiet-seconds", 10));
		Quiet.Outcome outcome = awaitQuiet(atMost);
		waitedForQuiet.put(next, outcome.waited());
		if (!outcome.quiet()) {
			System.out.println("stack: the services already running were still busy after " + atMost.toSeconds() + " s; launching "
					+ next + " beside them");
		}
	}

	/**
	 * Waits until the running services have together gone quiet by {@link Quiet}'s measure, at most {@code atMost}: after
	 * a load, until their Kafka consumers have worked off what it left them (the performance run, between its phases).
	 */
	public Quiet.Outcome awaitQuiet(Duration atMost) {
		return Quiet.await(() -> {
			synchronized (running) {
				return processes.values().stream().map(Process::toHandle).toList();
			}
		}, atMost);
	}

	/** Per service launched with {@link Jvm#PRODUCTION}, how long its launch waited for the others to go quiet. */
	public Map<String, Duration> waitedForQuiet() {
		return Map.copyOf(waitedForQuiet);
	}

	/** Per service, the time from its launch to its readiness probe answering 200. */
	public Map<String, Duration> readyIn() {
		return Map.copyOf(readyIn);
	}

	/**
	 * The service's java command line. With {@link Jvm#PRODUCTION} on a JDK 25+, the service maps its AOT cache, trained
	 * first if this classpath and these options have none yet ({@link AotCache}; {@code -Dejd.stack.aot-cache=false}
	 * leaves it out). {@code -Dejd.stack.jvm-options} adds options, separated by commas or spaces, to every service (profiling: NMT, JFR).
	 */
	private List<String> command(ServiceSpec service, List<String> args) {
		List<String> options = new ArrayList<>(jvm.options());
		String extra = System.getProperty("ejd.stack.jvm-options", "").trim();
		if (!extra.isEmpty()) {
			options.addAll(List.of(extra.split("[\\s,]+")));
		}
		// ejd.stack.classpath: the services' own classpath when this JVM has more on its own (the performance run)
		String classpath = ownClasspath(service.name(),
				System.getProperty("ejd.stack.classpath", System.getProperty("java.class.path")));
		List<String> rest = new ArrayList<>(List.of("-cp", classpath));
		System.getProperties().stringPropertyNames().stream()
			.filter(name -> name.startsWith("ejd."))
			.forEach(name -> rest.add("-D" + name + "=" + System.getProperty(name)));
		rest.add(service.mainClass());
		rest.addAll(args);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(options);
		if (jvm == Jvm.PRODUCTION && AotCache.supported(classpath)) {
			Path cache = AotCache.file(logDir.resolveSibling("aot"), service.name(), options, classpath);
			List<String> training = new ArrayList<>(command);
			training.addAll(rest);
			try {
				Files.createDirectories(logDir);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			int management = managementPorts.get(service.name());
			Path trainingLog = logDir.resolve(service.name() + "-aot-training.log");
			if (AotCache.train(cache, training, trainingLog,
					process -> awaitReady(service.name() + "'s AOT training", management, process, trainingLog))) {
				command.add("-XX:AOTCache=" + cache);
			}
		}
		command.addAll(rest);
		return command;
	}

	/**
	 * The service's own runtime classpath, as its image has it: its jar and the {@code target/classpath.txt} its module's
	 * build writes beside it (the parent pom's {@code service-classpath}). Devstack's classpath is the union of all seven
	 * services and the test servers; on it, each service would also start what the others' libraries configure (the
	 * gateway's filters ran on every diary request). Falls back to that union where the module's file is not there (a
	 * service jar from the local Maven repository).
	 */
	static String ownClasspath(String service, String union) {
		for (String entry : union.split(java.io.File.pathSeparator)) {
			Path path = Path.of(entry);
			Path name = path.getFileName();
			if (name == null || path.getParent() == null || !name.toString().startsWith(service + "-")
					|| !name.toString().endsWith(".jar") || !path.getParent().endsWith("target")) {
				continue;
			}
			Path own = path.resolveSibling("classpath.txt");
			if (Files.isRegularFile(own)) {
				String dependencies = read(own).trim();
				return dependencies.isEmpty() ? entry : entry + java.io.File.pathSeparator + dependencies;
			}
		}
		return union;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void fork(ServiceSpec service, List<String> command) {
		boolean again = launchedWith.put(service.name(), command) != null; // a restart writes on after the killed one's log
		try {
			Files.createDirectories(logDir);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(again ? ProcessBuilder.Redirect.appendTo(logDir.resolve(service.name() + ".log").toFile())
						: ProcessBuilder.Redirect.to(logDir.resolve(service.name() + ".log").toFile()));
			if (jvm == Jvm.PRODUCTION) {
				// glibc's malloc keeps up to 8 arenas per core, each grown by the threads that used it: two, as the image sets
				builder.environment().put("MALLOC_ARENA_MAX", "2");
			}
			Process process = builder.start();
			synchronized (running) {
				processes.put(service.name(), process);
				running.add(() -> {
					process.destroy();
					if (!process.waitFor(20, TimeUnit.SECONDS)) {
						process.destroyForcibly();
					}
				});
			}
			org.ejd.testkit.Shutdown.beforeServers(() -> {
				process.destroy(); // all services get the signal at once; Stack.close waits for each
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start " + service.name(), ex);
		}
	}

	private void awaitReady(String name, int port) {
		awaitReady(name, port, null, logDir.resolve(name + ".log"));
	}

	/**
	 * Polls the readiness probe every 100 ms, so that the time it measures is no coarser than that.
	 * @param watched the process to watch, else the service's own
	 */
	private void awaitReady(String name, int port, @org.jspecify.annotations.Nullable Process watched, Path log) {
		HttpClient http = HttpClient.newHttpClient();
		// a loaded machine (other builds beside the perf run) may need longer: -Dejd.stack.ready-minutes
		Duration wait = Duration.ofMinutes(Long.getLong("ejd.stack.ready-minutes", 4));
		long deadline = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < deadline) {
			Process process = watched;
			if (process == null) {
				synchronized (running) {
					process = processes.get(name);
				}
			}
			if (process != null && !process.isAlive()) {
				throw new IllegalStateException(name + " exited; see " + log);
			}
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(
						URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(100);
		}
		throw new IllegalStateException(name + " not ready within " + wait.toMinutes() + " minutes");
	}

	private static void await(List<Future<?>> futures) {
		for (Future<?> future : futures) {
			try {
				future.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
			}
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String gatewayUrl() {
		return "http://localhost:" + ports.get(ServiceSpec.GATEWAY.name());
	}

	public int port(String service) {
		return ports.get(service);
	}

	/** The service's management port: {@code /actuator/health/readiness}, {@code /actuator/prometheus}. */
	public int managementPort(String service) {
		return managementPorts.get(service);
	}

	/** The services in the order they were started, the gateway last. */
	public List<String> services() {
		return List.copyOf(ports.keySet());
	}

	/** The OTLP endpoint every service of this stack exports its spans to, if one was set. */
	public java.util.Optional<String> tracesEndpoint() {
		return tracesEndpoint;
	}

	public Map<String, Integer> ports() {
		return Map.copyOf(ports);
	}

	/** Process ids of forked services, for measuring their memory. */
	public Map<String, Long> pids() {
		Map<String, Long> pids = new LinkedHashMap<>();
		synchronized (running) {
			processes.forEach((name, process) -> pids.put(name, process.pid()));
		}
		return pids;
	}

	/** Stops one service, as a crash would; the gateway then answers 503 for it. */
	public void stop(String service) {
		synchronized (running) {
			Process process = processes.remove(service);
			if (process != null) {
				process.destroyForcibly();
			}
			ConfigurableApplicationContext context = contexts.remove(service);
			if (context != null) {
				context.close();
			}
		}
	}

	/**
	 * Kills a forked service with SIGKILL ({@code kill -9}: no shutdown hook, no graceful stop, whatever it was doing cut
	 * off), as a crash of its host would. {@link #restart} starts it again.
	 */
	public void kill(String service) {
		Process process;
		synchronized (running) {
			process = processes.get(service);
		}
		if (process == null) {
			throw new IllegalStateException(service + " is not a forked service of this stack");
		}
		process.destroyForcibly(); // SIGKILL on Linux
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				throw new IllegalStateException(service + " outlived SIGKILL");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Starts a service {@link #kill} killed, on the same ports with the same settings, and waits for its readiness. */
	public void restart(String service) {
		ServiceSpec spec = java.util.stream.Stream.concat(ServiceSpec.BACKENDS.stream(), java.util.stream.Stream.of(ServiceSpec.GATEWAY))
			.filter(s -> s.name().equals(service))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no service " + service));
		List<String> command = launchedWith.get(service);
		if (command == null) {
			throw new IllegalStateException(service + " is not a forked service of this stack");
		}
		long launched = System.nanoTime();
		fork(spec, command); // the same command line: the AOT cache, if any, is already trained
		awaitReady(service, managementPorts.get(service));
		readyIn.put(service, Duration.ofNanos(System.nanoTime() - launched));
	}

	@Override
	public void close() {
		List<AutoCloseable> toClose;
		synchronized (running) {
			toClose = new ArrayList<>(running);
			running.clear();
		}
		java.util.Collections.reverse(toClose);
		synchronized (running) {
			processes.values().forEach(Process::destroy); // signal every service first, then wait for each
		}
		for (AutoCloseable closeable : toClose) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// keep stopping the rest
			}
		}
	}
}
