package org.ejd.platform.web;

import java.util.List;
import java.util.Locale;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

import tools.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** problem+json for every error and Russian-first texts in every servlet service. */
@AutoConfiguration(beforeName = { "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
		"org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(BodyLimitFilter.Limits.class)
public class WebPlatformAutoConfiguration {

	public static final Locale RUSSIAN = Locale.of("ru");

	@Bean
	@ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
	ProblemAdvice problemAdvice(MessageSource messages) {
		return new ProblemAdvice(messages);
	}

	/** First of all filters: nothing reads a body before its size is checked. */
	@Bean
	FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(BodyLimitFilter.Limits limits, MessageSource messages,
			ObjectMapper mapper) {
		FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
				new BodyLimitFilter(limits, messages, localeResolver(), mapper));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** {@code Deprecation}, {@code Sunset} and the successor link on operations marked {@link ApiDeprecation}. */
	@Bean
	WebMvcConfigurer ejdDeprecationHeaders() {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new DeprecationHeaders());
			}
		};
	}

	/** {@code /error} answers problem+json (Boot's default error JSON never reaches a client). */
	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	ProblemErrorController problemErrorController(MessageSource messages, ObjectMapper mapper) {
		return new ProblemErrorController(messages, localeResolver(), mapper);
	}

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		var resolver = new AcceptHeaderLocaleResolver();
		resolver.setDefaultLocale(RUSSIAN);
		resolver.setSupportedLocales(List.of(RUSSIAN, Locale.ENGLISH));
		return resolver;
	}

	/**
	 * What Tomcat answers itself (an encoded slash or NUL in the address, a request line over the header limit, a broken
	 * header) as problem+json: {@link ProblemErrorReportValve} instead of Tomcat's HTML error report on the host.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
	static class TomcatProblems {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> ejdProblemErrorReport() {
			return factory -> factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
					// Boot adds a plain ErrorReportValve (no report, no server info); the host starts after every customizer
					host.addLifecycleListener(event -> {
						if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
							for (Valve valve : host.getPipeline().getValves()) {
								if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
									host.getPipeline().removeValve(valve);
								}
							}
						}
					});
				}
			});
		}
	}
}
