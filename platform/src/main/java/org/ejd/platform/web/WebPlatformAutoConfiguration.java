package org.ejd.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.AutoConfiguration;
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
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
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

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		var resolver = new AcceptHeaderLocaleResolver();
		resolver.setDefaultLocale(RUSSIAN);
		resolver.setSupportedLocales(List.of(RUSSIAN, Locale.ENGLISH));
		return resolver;
	}
}
