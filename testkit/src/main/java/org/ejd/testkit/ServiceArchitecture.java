package org.ejd.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The house rules every service's architecture test checks, written once: controllers do not
 * touch the database, services do not import each other, a {@code domain} package is plain Java,
 * feature packages have no cycles, use cases know nothing of HTTP, time comes from the one
 * business clock and the school's zone, every topic a service reads is in the catalogue, and every success status a
 * handler answers is the one its OpenAPI description names.
 */
public final class ServiceArchitecture {

	private static final List<String> SERVICES = List.of("identity", "journal", "diary", "consent", "notification", "oneroster", "gateway");

	private static final String CATALOGUE = "/contracts/topics.json";

	private ServiceArchitecture() {
	}

	/** @param service the short name, e.g. {@code journal} for package {@code org.ejd.journal} */
	public static void verify(String service) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.ejd." + service);
		noClasses().that().haveSimpleNameEndingWith("Controller")
			.should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.because("controllers map the wire; use cases own transactions and data")
			.allowEmptyShould(true)
			.check(classes);
		noClasses().that().haveSimpleNameEndingWith("Controller")
			.should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.context.ApplicationEventPublisher")
			.because("an event is published inside the use case's transaction (the outbox), never from the web layer")
			.allowEmptyShould(true)
			.check(classes);
		noClasses().should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream()
				.filter(other -> !other.equals(service)).map(other -> "org.ejd." + other + "..").toArray(String[]::new))
			.because("services share only events and the platform, never each other's code")
			.check(classes);
		noClasses().that().resideInAPackage("..domain..")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..",
					"org.ejd.platform..", "java.sql..")
			.because("the domain is free of framework code")
			.allowEmptyShould(true)
			.check(classes);
		slices().matching("org.ejd." + service + ".(*)..")
			.should().beFreeOfCycles()
			.because("a feature builds on lower features, never in a circle: each can be read and changed on its own")
			.allowEmptyShould(true)
			.check(classes);
		noClasses().that().haveSimpleNameNotEndingWith("Controller")
			.should().dependOnClassesThat().haveFullyQualifiedName("org.ejd.platform.web.ApiException")
			.orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.http.HttpStatus")
			.because("use cases throw Refusal (a meaning); the web layer alone turns it into an HTTP status")
			.allowEmptyShould(true)
			.check(classes);
		noClasses().should().callMethodWhere(zoneWrittenInCode())
			.because("a school's zone comes from data (identity publishes it): SchoolTime, never ZoneId.of in code")
			.check(classes);
		noClasses().should().callMethodWhere(clockOtherThanTheBusinessClock())
			.because("\"now\" comes from the one @BusinessClock (SchoolTime), so tests can move it and every today is the school's")
			.check(classes);
		noClasses().should().callMethodWhere(openResultStream())
			.because("JdbcClient's stream() keeps its connection until the stream is closed, and nothing closes a stream "
					+ "finished with toList(): generated input (issue 12) drained the pool with it; use list().stream()")
			.check(classes);
		verifyConsumedTopicsAreCatalogued(service, classes);
		verifyAnsweredStatusesAreDocumented(classes);
		verifySchemaNamesAreUnique(classes);
		verifySentETagsAreDeclared(classes);
		verifyNestedConstraintsAreValidated(classes);
	}

	private static final String VALID = "jakarta.validation.Valid";

	/**
	 * Bean Validation checks a nested object's constraints only through {@code @Valid}: a {@code @RequestBody} whose type
	 * (or a record of ours inside it, in a component, a collection's elements, an {@code Optional} or a map's values)
	 * carries jakarta constraints is {@code @Valid} all the way there, or the document promises limits ({@code @Size},
	 * {@code @Pattern}, …) that nothing enforces (issue 16: journal's lesson room and achievement withdrawal). Fails naming
	 * each body, component or element where the cascade stops before a constraint.
	 */
	static void verifyNestedConstraintsAreValidated(JavaClasses classes) {
		List<String> unchecked = new ArrayList<>();
		classes.forEach(type -> type.getMethods().stream().filter(ServiceArchitecture::isHandler).forEach(handler -> {
			java.lang.reflect.Method method = handler.reflect();
			for (java.lang.reflect.Parameter parameter : method.getParameters()) {
				if (!annotated(parameter.getAnnotations(), "org.springframework.web.bind.annotation.RequestBody")) {
					continue;
				}
				boolean valid = annotated(parameter.getAnnotations(), VALID)
						|| annotated(parameter.getAnnotations(), "org.springframework.validation.annotation.Validated");
				cascade(parameter.getAnnotatedType(), true, valid, type.getSimpleName() + "." + method.getName() + " body", unchecked,
						new java.util.HashSet<>());
			}
		}));
		if (!unchecked.isEmpty()) {
			throw new AssertionError("Constraints the OpenAPI document shows are never checked: put @Valid on the way to them "
					+ "(the @RequestBody, the component, or the type argument: List<@Valid X>): " + unchecked);
		}
	}

	/**
	 * Walks a type of a body: {@code reached} when Bean Validation validates the object holding it, {@code valid} when its
	 * declaration is {@code @Valid}; records where the cascade stops before a constraint.
	 */
	private static void cascade(java.lang.reflect.AnnotatedType annotated, boolean reached, boolean valid, String where,
			List<String> unchecked, Set<Class<?>> seen) {
		boolean cascades = valid || annotated(annotated.getAnnotations(), VALID);
		if (annotated instanceof java.lang.reflect.AnnotatedParameterizedType parameterized) {
			// @Valid on the container (Hibernate Validator's legacy cascade) or on the type argument reaches the elements
			for (java.lang.reflect.AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
				cascade(argument, reached, cascades, where + "[]", unchecked, seen);
			}
			return;
		}
		if (annotated instanceof java.lang.reflect.AnnotatedArrayType array) {
			cascade(array.getAnnotatedGenericComponentType(), reached, cascades, where + "[]", unchecked, seen);
			return;
		}
		if (annotated instanceof java.lang.reflect.AnnotatedWildcardType wildcard) {
			for (java.lang.reflect.AnnotatedType bound : wildcard.getAnnotatedUpperBounds()) {
				cascade(bound, reached, cascades, where, unchecked, seen);
			}
			return;
		}
		if (!(annotated.getType() instanceof Class<?> raw) || !raw.getName().startsWith("org.ejd.") || raw.isEnum()
				|| !seen.add(raw)) {
			return;
		}
		if (!(reached && cascades)) {
			if (constrained(raw, new java.util.HashSet<>())) {
				unchecked.add(where + " (" + raw.getName().replace('$', '.') + ")");
			}
		}
		else {
			for (Member member : members(raw)) {
				cascade(member.type(), true, member.valid(), where + "." + member.name(), unchecked, seen);
			}
		}
		seen.remove(raw);
	}

	/** A record component or field of a body: its type (with type-use annotations) and whether it is {@code @Valid}. */
	private record Member(String name, java.lang.reflect.AnnotatedType type, boolean valid,
			List<java.lang.annotation.Annotation> declared) {
	}

	private static List<Member> members(Class<?> type) {
		List<Member> members = new ArrayList<>();
		if (type.isRecord()) {
			for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
				List<java.lang.annotation.Annotation> declared = new ArrayList<>(List.of(component.getAccessor().getAnnotations()));
				field(type, component.getName()).ifPresent(f -> declared.addAll(List.of(f.getAnnotations())));
				members.add(member(component.getName(), component.getAnnotatedType(), declared));
			}
		}
		else {
			for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
				for (java.lang.reflect.Field field : c.getDeclaredFields()) {
					if (!java.lang.reflect.Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
						members.add(member(field.getName(), field.getAnnotatedType(), List.of(field.getAnnotations())));
					}
				}
			}
		}
		return members;
	}

	private static Member member(String name, java.lang.reflect.AnnotatedType type, List<java.lang.annotation.Annotation> declared) {
		java.lang.annotation.Annotation[] all = declared.toArray(java.lang.annotation.Annotation[]::new);
		return new Member(name, type, annotated(all, VALID) || annotated(type.getAnnotations(), VALID), List.copyOf(declared));
	}

	private static java.util.Optional<java.lang.reflect.Field> field(Class<?> type, String name) {
		try {
			return java.util.Optional.of(type.getDeclaredField(name));
		}
		catch (NoSuchFieldException ex) {
			return java.util.Optional.empty();
		}
	}

	/** The type, or a type of ours inside it, carries a constraint (an annotation meta-annotated {@code @Constraint}). */
	private static boolean constrained(Class<?> type, Set<Class<?>> seen) {
		if (!type.getName().startsWith("org.ejd.") || type.isEnum() || !seen.add(type)) {
			return false;
		}
		if (java.util.Arrays.stream(type.getAnnotations()).anyMatch(ServiceArchitecture::constraint)) {
			return true;
		}
		for (Member member : members(type)) {
			if (member.declared().stream().anyMatch(ServiceArchitecture::constraint) || constrained(member.type(), seen)) {
				return true;
			}
		}
		return false;
	}

	private static boolean constrained(java.lang.reflect.AnnotatedType annotated, Set<Class<?>> seen) {
		if (java.util.Arrays.stream(annotated.getAnnotations()).anyMatch(ServiceArchitecture::constraint)) {
			return true;
		}
		if (annotated instanceof java.lang.reflect.AnnotatedParameterizedType parameterized) {
			return java.util.Arrays.stream(parameterized.getAnnotatedActualTypeArguments()).anyMatch(a -> constrained(a, seen));
		}
		if (annotated instanceof java.lang.reflect.AnnotatedArrayType array) {
			return constrained(array.getAnnotatedGenericComponentType(), seen);
		}
		if (annotated instanceof java.lang.reflect.AnnotatedWildcardType wildcard) {
			return java.util.Arrays.stream(wildcard.getAnnotatedUpperBounds()).anyMatch(b -> constrained(b, seen));
		}
		return annotated.getType() instanceof Class<?> raw && constrained(raw, seen);
	}

	private static boolean constraint(java.lang.annotation.Annotation annotation) {
		return annotated(annotation.annotationType().getAnnotations(), "jakarta.validation.Constraint")
				|| annotation.annotationType().getName().startsWith("jakarta.validation.constraints.");
	}

	private static boolean annotated(java.lang.annotation.Annotation[] annotations, String name) {
		return java.util.Arrays.stream(annotations).anyMatch(a -> a.annotationType().getName().equals(name));
	}

	private static final String SENDS_ETAG = "org.ejd.platform.web.SendsETag";

	/**
	 * A handler whose code sets an {@code ETag} ({@code ResponseEntity}'s {@code eTag(…)}, {@code HttpHeaders.setETag}, also
	 * through helpers of the service such as diary's {@code ContentTags}) is {@code @SendsETag}, which declares the header on
	 * its success answers in the OpenAPI document, and a {@code @SendsETag} handler sets one (issue 16, ADR 0066): the
	 * document follows the code, not a list kept by hand.
	 */
	static void verifySentETagsAreDeclared(JavaClasses classes) {
		List<String> wrong = new ArrayList<>();
		classes.forEach(type -> type.getMethods().stream().filter(ServiceArchitecture::isHandler).forEach(handler -> {
			boolean sets = setsETag(handler, new java.util.HashSet<>());
			boolean declares = handler.isAnnotatedWith(SENDS_ETAG);
			if (sets && !declares) {
				wrong.add(type.getSimpleName() + "." + handler.getName() + " sends an ETag but is not @SendsETag");
			}
			else if (declares && !sets) {
				wrong.add(type.getSimpleName() + "." + handler.getName() + " is @SendsETag but sends no ETag");
			}
		}));
		if (!wrong.isEmpty()) {
			throw new AssertionError("The ETag a handler sends and the one its OpenAPI description declares differ: " + wrong);
		}
	}

	private static boolean setsETag(JavaMethod method, Set<JavaMethod> seen) {
		if (!seen.add(method)) {
			return false;
		}
		for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
			String owner = call.getTargetOwner().getName();
			if (owner.startsWith(RESPONSE_ENTITY) && call.getName().equals("eTag")
					|| owner.equals("org.springframework.http.HttpHeaders") && call.getName().equals("setETag")) {
				return true;
			}
			if (owner.startsWith("org.ejd.") && call.getTarget().resolveMember().filter(own -> !isHandler(own))
				.map(own -> setsETag(own, seen)).orElse(false)) {
				return true;
			}
		}
		return false;
	}

	private static final String SCHEMA = "io.swagger.v3.oas.annotations.media.Schema";

	/**
	 * springdoc names a body's schema by the class's simple name (or its {@code @Schema(name)}), so two classes of one name, say
	 * the timetable's and the curriculum's nested {@code Entry}, become one schema and an operation is documented with another
	 * feature's body (issue 16). Collects every class of ours ({@code org.ejd.*}) reachable from a handler's return type and
	 * parameters ({@code @RequestBody}, and query, path or header parameter objects) through {@code ResponseEntity},
	 * collections, arrays, type arguments, record components, bean getters, a sealed type's permitted subclasses and
	 * {@code @JsonSubTypes} (the oneOf members), and fails on each schema name two of them share.
	 */
	static void verifySchemaNamesAreUnique(JavaClasses classes) {
		Map<Class<?>, String> reached = new java.util.LinkedHashMap<>();
		// in the order of names, so a class reached from two handlers is always named with the same (first) one
		classes.stream().sorted(java.util.Comparator.comparing(JavaClass::getName)).forEach(type -> type.getMethods().stream()
			.filter(ServiceArchitecture::isHandler)
			.sorted(java.util.Comparator.comparing(JavaMethod::getName).thenComparing(JavaMethod::getFullName))
			.forEach(handler -> {
			java.lang.reflect.Method method = handler.reflect();
			String where = type.getSimpleName() + "." + method.getName();
			reach(method.getGenericReturnType(), where, reached);
			for (java.lang.reflect.Parameter parameter : method.getParameters()) {
				// a body, and a query, path or header parameter of a type of ours (a parameter object): each becomes a schema
				reach(parameter.getParameterizedType(), where, reached);
			}
		}));
		Map<String, List<String>> byName = new java.util.TreeMap<>();
		reached.forEach((type, where) -> {
			if (where != null) {
				byName.computeIfAbsent(schemaName(type), name -> new ArrayList<>()).add(type.getName().replace('$', '.') + " (" + where + ")");
			}
		});
		List<String> collisions = new ArrayList<>();
		byName.forEach((name, types) -> {
			if (types.size() > 1) {
				collisions.add(name + " <- " + types);
			}
		});
		if (!collisions.isEmpty()) {
			throw new AssertionError("Several bodies share one OpenAPI schema name, so springdoc documents them as one; give each "
					+ "a @Schema(name = \"<Feature><Name>\") of its own: " + String.join("; ", collisions));
		}
	}

	private static void reach(java.lang.reflect.Type type, String where, Map<Class<?>, String> reached) {
		if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
			reach(parameterized.getRawType(), where, reached);
			for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
				reach(argument, where, reached);
			}
		}
		else if (type instanceof java.lang.reflect.GenericArrayType array) {
			reach(array.getGenericComponentType(), where, reached);
		}
		else if (type instanceof java.lang.reflect.WildcardType wildcard) {
			for (java.lang.reflect.Type bound : wildcard.getUpperBounds()) {
				reach(bound, where, reached);
			}
		}
		else if (type instanceof Class<?> raw) {
			if (raw.isArray()) {
				reach(raw.getComponentType(), where, reached);
				return;
			}
			if (!raw.getName().startsWith("org.ejd.") || raw.isEnum() || raw.isAnnotation() || reached.containsKey(raw)) {
				return;
			}
			// a generic class of ours (a page of X) is named after its arguments by springdoc: reach into it, do not name it
			List<Class<?>> subTypes = jsonSubTypes(raw);
			if (raw.getTypeParameters().length == 0 && !raw.isInterface() || raw.isSealed() || !subTypes.isEmpty()) {
				reached.put(raw, where);
			}
			else {
				reached.put(raw, null);
			}
			if (raw.isRecord()) {
				for (java.lang.reflect.RecordComponent component : raw.getRecordComponents()) {
					reach(component.getGenericType(), where, reached);
				}
			}
			else {
				for (java.lang.reflect.Method getter : raw.getMethods()) {
					if (getter.getParameterCount() == 0 && !java.lang.reflect.Modifier.isStatic(getter.getModifiers())
							&& getter.getDeclaringClass() != Object.class
							&& (getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
						reach(getter.getGenericReturnType(), where, reached);
					}
				}
			}
			if (raw.isSealed()) {
				for (Class<?> permitted : raw.getPermittedSubclasses()) {
					reach(permitted, where, reached);
				}
			}
			for (Class<?> subType : subTypes) { // the oneOf members springdoc documents beside the type
				reach(subType, where, reached);
			}
		}
	}

	private static final String JSON_SUB_TYPES = "com.fasterxml.jackson.annotation.JsonSubTypes";

	/** The classes a {@code @JsonSubTypes} on the type names (read by name: testkit does not need Jackson's annotations). */
	private static List<Class<?>> jsonSubTypes(Class<?> type) {
		List<Class<?>> subTypes = new ArrayList<>();
		for (java.lang.annotation.Annotation annotation : type.getAnnotations()) {
			if (annotation.annotationType().getName().equals(JSON_SUB_TYPES)) {
				try {
					for (Object member : (Object[]) annotation.annotationType().getMethod("value").invoke(annotation)) {
						subTypes.add((Class<?>) ((java.lang.annotation.Annotation) member).annotationType().getMethod("value").invoke(member));
					}
				}
				catch (ReflectiveOperationException ex) {
					throw new AssertionError("cannot read @JsonSubTypes of " + type.getName(), ex);
				}
			}
		}
		return subTypes;
	}

	private static String schemaName(Class<?> type) {
		for (java.lang.annotation.Annotation annotation : type.getAnnotations()) {
			if (annotation.annotationType().getName().equals(SCHEMA)) {
				try {
					String name = (String) annotation.annotationType().getMethod("name").invoke(annotation);
					if (!name.isEmpty()) {
						return name;
					}
				}
				catch (ReflectiveOperationException ex) {
					throw new AssertionError("cannot read @Schema(name) of " + type.getName(), ex);
				}
			}
		}
		return type.getSimpleName();
	}

	/** {@code ResponseEntity}'s factories and {@code HttpStatus}' constants of a success other than 200, by status code. */
	private static final Map<String, String> SUCCESS_FACTORIES = Map.of("created", "201", "accepted", "202", "noContent", "204");

	private static final Map<String, String> SUCCESS_CONSTANTS = Map.of("CREATED", "201", "ACCEPTED", "202", "NO_CONTENT", "204",
			"OK", "200");

	private static final String RESPONSE_ENTITY = "org.springframework.http.ResponseEntity";

	private static final String HTTP_STATUS = "org.springframework.http.HttpStatus";

	/**
	 * A handler whose code answers 201, 202 or 204 ({@code ResponseEntity.created/accepted/noContent}, {@code HttpStatus.CREATED},
	 * also through the controller's own helpers) says so with {@code @ResponseStatus} or {@code @ApiResponse}: springdoc
	 * cannot read a status out of a {@code ResponseEntity} and would document 200 (issue 16).
	 */
	static void verifyAnsweredStatusesAreDocumented(JavaClasses classes) {
		List<String> undocumented = new ArrayList<>();
		classes.forEach(type -> type.getMethods().stream().filter(ServiceArchitecture::isHandler).forEach(method -> {
			Set<String> answered = new TreeSet<>();
			answeredStatuses(method, answered, new java.util.HashSet<>());
			Set<String> documented = documentedStatuses(method);
			answered.removeAll(documented);
			if (documented.isEmpty()) {
				answered.remove("200"); // undocumented means 200
			}
			if (!answered.isEmpty()) {
				undocumented.add(type.getSimpleName() + "." + method.getName() + " answers " + answered + " but documents "
						+ (documented.isEmpty() ? "[200]" : documented));
			}
		}));
		if (!undocumented.isEmpty()) {
			throw new AssertionError("Handlers answer a status their OpenAPI description does not name; put @ResponseStatus "
					+ "on the method (one status) or an @ApiResponse per status (it varies): " + undocumented);
		}
	}

	private static boolean isHandler(JavaMethod method) {
		return method.isMetaAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping")
				&& method.getOwner().isMetaAnnotatedWith("org.springframework.stereotype.Controller");
	}

	private static void answeredStatuses(JavaMethod method, Set<String> statuses, Set<JavaMethod> seen) {
		if (!seen.add(method)) {
			return;
		}
		for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
			if (call.getTargetOwner().getName().equals(RESPONSE_ENTITY) && SUCCESS_FACTORIES.containsKey(call.getName())) {
				statuses.add(SUCCESS_FACTORIES.get(call.getName()));
			}
			else if (call.getTargetOwner().equals(method.getOwner())) {
				call.getTarget().resolveMember().filter(own -> !isHandler(own))
					.ifPresent(own -> answeredStatuses(own, statuses, seen));
			}
		}
		method.getFieldAccesses().stream()
			.filter(access -> access.getTargetOwner().getName().equals(HTTP_STATUS)
					&& SUCCESS_CONSTANTS.containsKey(access.getName()))
			.forEach(access -> statuses.add(SUCCESS_CONSTANTS.get(access.getName())));
	}

	private static Set<String> documentedStatuses(JavaMethod method) {
		Set<String> documented = new TreeSet<>();
		for (JavaAnnotation<?> annotation : method.getAnnotations()) {
			String name = annotation.getRawType().getName();
			if (name.equals("org.springframework.web.bind.annotation.ResponseStatus")) {
				for (String attribute : List.of("value", "code")) {
					annotation.get(attribute).filter(JavaEnumConstant.class::isInstance).map(JavaEnumConstant.class::cast)
						.filter(status -> !status.name().equals("INTERNAL_SERVER_ERROR")) // the annotation's default
						.ifPresent(status -> documented.add(SUCCESS_CONSTANTS.getOrDefault(status.name(), status.name())));
				}
			}
			else if (name.equals("io.swagger.v3.oas.annotations.responses.ApiResponse")) {
				annotation.get("responseCode").ifPresent(code -> documented.add(code.toString()));
			}
			else if (name.equals("io.swagger.v3.oas.annotations.responses.ApiResponses")) {
				annotation.get("value").ifPresent(values -> {
					for (Object response : (Object[]) values) {
						((JavaAnnotation<?>) response).get("responseCode").ifPresent(code -> documented.add(code.toString()));
					}
				});
			}
		}
		return documented;
	}

	/** {@code JdbcClient}'s {@code query(...).stream()}: a stream over an open result set. */
	private static DescribedPredicate<JavaMethodCall> openResultStream() {
		return DescribedPredicate.describe("JdbcClient's query(...).stream()",
				call -> call.getName().equals("stream")
						&& call.getTargetOwner().getName().startsWith("org.springframework.jdbc.core.simple.JdbcClient"));
	}

	private static DescribedPredicate<JavaMethodCall> zoneWrittenInCode() {
		return DescribedPredicate.describe("ZoneId.of",
				call -> call.getTargetOwner().isEquivalentTo(ZoneId.class) && call.getName().equals("of"));
	}

	/** {@code X.now()} and {@code X.now(zone)} read the system clock; {@code X.now(clock)} is fine. */
	private static DescribedPredicate<JavaMethodCall> clockOtherThanTheBusinessClock() {
		Set<Class<?>> times = Set.of(Instant.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class);
		return DescribedPredicate.describe("the system clock (X.now() without a Clock, Clock.system*)", call -> {
			boolean now = call.getName().equals("now") && times.stream().anyMatch(call.getTargetOwner()::isEquivalentTo)
					&& !(call.getTarget().getRawParameterTypes().size() == 1
							&& call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(Clock.class));
			boolean system = call.getTargetOwner().isEquivalentTo(Clock.class) && call.getName().startsWith("system");
			return now || system;
		});
	}

	/**
	 * Every topic a {@code @KafkaListener} of the service reads is in contracts/topics.json with the service as a consumer,
	 * in a group its Kafka user may use; a batch listener acknowledges a poll at once.
	 */
	static void verifyConsumedTopicsAreCatalogued(String service, JavaClasses classes) {
		Map<String, Set<String>> consumers = consumersByTopic();
		String name = service + "-service";
		List<String> missing = new ArrayList<>();
		classes.forEach(type -> type.getMethods().forEach(method -> {
			for (JavaAnnotation<?> annotation : method.getAnnotations()) {
				if (annotation.getRawType().getName().equals("org.springframework.kafka.annotation.KafkaListener")) {
					// the broker lets a service use only the groups named after it (KafkaAcls, docs/adr/0050)
					String group = annotation.get("groupId").map(Object::toString).filter(g -> !g.isEmpty())
						.or(() -> annotation.get("id").map(Object::toString)).orElse("");
					if (!group.isEmpty() && !group.startsWith(KafkaAcls.groupPrefix(name))) {
						missing.add("group " + group + " of " + type.getSimpleName() + " (the broker allows only groups starting "
								+ KafkaAcls.groupPrefix(name) + ")");
					}
					// a batch listener acknowledges its poll after the poll's one transaction (docs/adr/0070, 0109): the
					// platform's post-processor, EventInbox.BATCH_ACKS (platform is not on this module's path)
					if ("true".equals(annotation.get("batch").map(Object::toString).orElse(""))
							&& !"ejdBatchAcks".equals(annotation.get("containerPostProcessor").map(Object::toString).orElse(""))) {
						missing.add("batch listener " + type.getSimpleName() + "." + method.getName()
								+ " without containerPostProcessor = EventInbox.BATCH_ACKS (it would acknowledge each record)");
					}
					for (Object topic : (Object[]) annotation.get("topics").orElse(new Object[0])) {
						Set<String> listed = consumers.get(topic.toString());
						if (listed == null || !listed.contains(name)) {
							missing.add(topic + " (read by " + type.getSimpleName() + ")");
						}
					}
				}
			}
		}));
		if (!missing.isEmpty()) {
			throw new AssertionError(name + " reads topics that contracts/topics.json does not list it as a consumer of, in"
					+ " groups its Kafka user may not use, or in batches acknowledged a record at a time: " + missing);
		}
	}

	private static Map<String, Set<String>> consumersByTopic() {
		try (InputStream in = ServiceArchitecture.class.getResourceAsStream(CATALOGUE)) {
			if (in == null) {
				throw new AssertionError(CATALOGUE + " is not on the classpath (the contracts module)");
			}
			JsonNode catalogue = JsonMapper.builder().build().readTree(in);
			Map<String, Set<String>> byTopic = new java.util.HashMap<>();
			for (JsonNode entry : catalogue) {
				Set<String> names = new TreeSet<>();
				entry.path("consumers").forEach(c -> names.add(c.asString()));
				byTopic.put(entry.get("topic").asString(), names);
			}
			return byTopic;
		}
		catch (IOException ex) {
			throw new AssertionError("cannot read " + CATALOGUE, ex);
		}
	}
}
