package org.ejd.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the local stack's services listen: loopback only, forwarded headers believed from the gateway only. */
class StackTest {

	private final Map<String, String> server = Stack.behindTheGateway(41234);

	@Test
	void aBackendServiceListensOnLoopbackOnlyBehindTheGateway() {
		assertThat(server).containsEntry("server.port", "41234").containsEntry("server.address", "127.0.0.1");
	}

	@Test
	void aBackendServiceBelievesForwardedHeadersFromTheGatewaysAddressOnlyNotFromAnyPrivateNetwork() {
		assertThat(server).containsEntry("server.forward-headers-strategy", "native");
		Pattern proxies = Pattern.compile(server.get("server.tomcat.remoteip.internal-proxies"));
		assertThat(proxies.matcher("127.0.0.1").matches()).isTrue();
		assertThat(proxies.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
		// Tomcat's default trusts these private ranges: a neighbour on the network could set X-Forwarded-For
		for (String peer : new String[] { "10.0.0.5", "192.168.1.20", "172.17.0.3", "169.254.1.1", "127.0.0.2" }) {
			assertThat(proxies.matcher(peer).matches()).as(peer).isFalse();
		}
	}

	@Test
	void theDiaryStatusWatchesJournalIdentityAndConsentOnTheirOwnManagementPorts() {
		Map<String, String> probes = Stack.statusProbes(Map.of("journal-service", 40001, "identity-service", 40002,
				"consent-service", 40003, "diary-service", 40004));

		assertThat(probes).containsOnly(
				Map.entry("ejd.diary.status.services.journal", "http://127.0.0.1:40001/actuator/health/readiness"),
				Map.entry("ejd.diary.status.services.identity", "http://127.0.0.1:40002/actuator/health/readiness"),
				Map.entry("ejd.diary.status.services.consent", "http://127.0.0.1:40003/actuator/health/readiness"));
	}

	@Test
	void runSaysWhereTracesGoOrThatTheyGoNowhere() {
		assertThat(ReadyReport.tracesTo("http://localhost:4318/v1/traces")).startsWith("http://localhost:4318/v1/traces");
		assertThat(ReadyReport.tracesTo(null)).startsWith("off");
		assertThat(ReadyReport.tracesTo(" ")).startsWith("off");
	}

	@Test
	void theStacksTraceEndpointIsTheSystemPropertyElseTheEnvironmentsElseNone() {
		assertThat(Stack.tracesEndpoint("http://127.0.0.1:4318/v1/traces", "http://collector:4318/v1/traces"))
			.contains("http://127.0.0.1:4318/v1/traces");
		assertThat(Stack.tracesEndpoint(null, "http://collector:4318/v1/traces")).contains("http://collector:4318/v1/traces");
		assertThat(Stack.tracesEndpoint(" ", null)).isEmpty();
	}

	@Test
	void aForkedServiceRunsOnItsOwnJarAndDependenciesNotOnTheUnionOfAllServices(@TempDir Path root) throws IOException {
		Path diary = Files.createDirectories(root.resolve("diary-service/target")).resolve("diary-service-0.1.0-SNAPSHOT.jar");
		Path gateway = Files.createDirectories(root.resolve("gateway/target")).resolve("gateway-0.1.0-SNAPSHOT.jar");
		Files.writeString(diary.resolveSibling("classpath.txt"), "/m2/platform.jar" + File.pathSeparator + "/m2/kafka.jar\n");
		String union = String.join(File.pathSeparator, "/m2/spring-cloud-gateway.jar", gateway.toString(), diary.toString(),
				"/m2/platform.jar", "/m2/kafka.jar");

		assertThat(Stack.ownClasspath("diary-service", union))
			.isEqualTo(String.join(File.pathSeparator, diary.toString(), "/m2/platform.jar", "/m2/kafka.jar"));
		// the gateway's module wrote no file of its own: its jar from elsewhere keeps the union
		assertThat(Stack.ownClasspath("gateway", union)).isEqualTo(union);
	}
}
