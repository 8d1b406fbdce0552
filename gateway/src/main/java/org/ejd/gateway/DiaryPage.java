package org.ejd.gateway;

import java.time.Duration;
import java.util.Map;

import org.ejd.platform.security.SecurityProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reference diary page (issue 16, ADR 0049): its built files come in the {@code diary-web} jar under
 * {@code ejd-diary-page/} and are served at {@code /diary/}, open like the rest of the public paths (the page signs in
 * through Keycloak itself and sends the token with every API call). {@code /diary/config.json} tells the page which
 * issuer and which public client to sign in with.
 */
@Configuration(proxyBeanMethods = false)
class DiaryPage implements WebMvcConfigurer {

	/**
	 * The page's settings ({@code ejd.diary-page.*}).
	 *
	 * @param clientId the public Keycloak client the page signs in as, with exact redirect URIs ({@code .../diary/})
	 */
	@ConfigurationProperties("ejd.diary-page")
	record Properties(@DefaultValue("ejd-diary-page") String clientId) {
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// the hashed assets never change under their name; index.html is asked again each time
		registry.addResourceHandler("/diary/assets/**")
			.addResourceLocations("classpath:/ejd-diary-page/assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		registry.addResourceHandler("/diary/*.html")
			.addResourceLocations("classpath:/ejd-diary-page/")
			.setCacheControl(CacheControl.noCache());
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/diary", "/diary/");
		registry.addViewController("/diary/").setViewName("forward:/diary/index.html");
	}

	/** What the page signs in with: the realm's issuer (the gateway's own) and the page's public client. */
	@RestController
	static final class Config {

		private final Map<String, String> settings;

		Config(SecurityProperties security, Properties page) {
			this.settings = Map.of("issuer", security.issuerUri(), "clientId", page.clientId());
		}

		@GetMapping("/diary/config.json")
		Map<String, String> config() {
			return settings;
		}
	}
}
