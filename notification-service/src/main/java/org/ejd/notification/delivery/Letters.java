package org.ejd.notification.delivery;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from its template and variables: subject, text and HTML, Russian first,
 * English when the recipient reads English. Templates live in {@code templates/mail/<language>/};
 * HTML escapes what it inserts, text does not need to.
 */
@Component
public class Letters {

	private static final Set<String> LANGUAGES = Set.of("ru", "en");

	private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

	private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

	/** A rendered message. */
	public record Rendered(String subject, String text, String html) {
	}

	public Rendered render(String template, String language, Map<String, ?> variables) {
		String lang = LANGUAGES.contains(language) ? language : "ru";
		Context context = new Context(Locale.forLanguageTag(lang), new java.util.HashMap<String, Object>(variables));
		String path = lang + "/" + template;
		return new Rendered(text.process(path + ".subject", context).strip(), text.process(path, context),
				html.process(path, context));
	}

	private static TemplateEngine engine(TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		// Spring's engine evaluates expressions with SpEL (the plain one needs OGNL)
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}
}
