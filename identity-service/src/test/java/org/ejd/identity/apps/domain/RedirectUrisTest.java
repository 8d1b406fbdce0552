package org.ejd.identity.apps.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RedirectUrisTest {

	@Test
	void anHttpsAddressAndAnAppLinkAreAllowed() {
		assertThat(RedirectUris.allowed("https://diary.school7.example/callback", false)).isTrue();
		assertThat(RedirectUris.allowed("https://app.example.ru/oauth?from=ejd", false)).isTrue();
	}

	@Test
	void aPrivateSchemeInReverseDomainFormIsAllowedButNotABareOne() {
		assertThat(RedirectUris.allowed("ru.school7.diary:/oauth2redirect", false)).isTrue();
		assertThat(RedirectUris.allowed("com.example.app:/cb", false)).isTrue();
		assertThat(RedirectUris.allowed("myapp:/cb", false)).isFalse();
		assertThat(RedirectUris.allowed("ru..diary:/cb", false)).isFalse();
		assertThat(RedirectUris.allowed("ru.diary.:/cb", false)).isFalse();
	}

	@Test
	void plainHttpOnlyToLoopbackAndOnlyWhereTheDeploymentAllowsIt() {
		assertThat(RedirectUris.allowed("http://localhost:3000/cb", true)).isTrue();
		assertThat(RedirectUris.allowed("http://127.0.0.1/cb", true)).isTrue();
		assertThat(RedirectUris.allowed("http://localhost:3000/cb", false)).isFalse();
		assertThat(RedirectUris.allowed("http://diary.example/cb", true)).isFalse();
	}

	@Test
	void wildcardsFragmentsCredentialsAndRunnableSchemesAreRefused() {
		assertThat(RedirectUris.allowed("https://*.example.org/cb", false)).isFalse();
		assertThat(RedirectUris.allowed("https://diary.example/*", false)).isFalse();
		assertThat(RedirectUris.allowed("https://diary.example/cb#top", false)).isFalse();
		assertThat(RedirectUris.allowed("https://user:pw@diary.example/cb", false)).isFalse();
		assertThat(RedirectUris.allowed("javascript:alert(1)", false)).isFalse();
		assertThat(RedirectUris.allowed("data:text/html,hi", false)).isFalse();
		assertThat(RedirectUris.allowed("file:///etc/passwd", false)).isFalse();
		assertThat(RedirectUris.allowed("https:///no-host", false)).isFalse();
		assertThat(RedirectUris.allowed("https://diary.example/" + "a".repeat(500), false)).isFalse();
	}

	@Test
	void oneToTenDifferentAddresses() {
		assertThat(RedirectUris.countAllowed(List.of())).isFalse();
		assertThat(RedirectUris.countAllowed(List.of("https://a.example/cb", "https://a.example/cb"))).isFalse();
		assertThat(RedirectUris.countAllowed(java.util.stream.IntStream.range(0, 11).mapToObj(i -> "https://a.example/" + i).toList()))
			.isFalse();
		assertThat(RedirectUris.firstRefused(List.of("https://a.example/cb", "javascript:x", "myapp:/y"), false))
			.contains("javascript:x");
	}
}
