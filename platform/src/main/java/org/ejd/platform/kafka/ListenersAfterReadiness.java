package org.ejd.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Starts this service's Kafka listener containers once the service is ready, on a thread of their own, instead of one after
 * the other on the main thread while the context refreshes (docs/adr/0092). Creating a container's consumer costs tens of
 * milliseconds; a service with fourteen of them answered its readiness probe a second later for it.
 * <p>
 * Nothing is lost by the wait: a group that has no committed offset starts at the earliest record, one that has goes on
 * from it. Readiness already did not mean consuming (a started container joins its group and is assigned partitions after
 * its start returns); it now does not mean that the consumers exist either. A container that is not to start by itself
 * ({@code spring.kafka.listener.auto-startup=false}) is left as it is.
 * <p>
 * Before the listener registry starts (one phase earlier), the containers that would start with it are taken aside and
 * marked not to. The registry is looked up then, not injected: a bean that depends on it would have it started first.
 * On {@link ApplicationReadyEvent} they are started; when the context closes, no container is started after the close
 * has begun, so the registry's stop finds every container that runs. A container that fails to start (which
 * used to fail the service's start) turns the service's liveness {@link LivenessState#BROKEN}, so that it is restarted
 * rather than left answering with consumers missing.
 * <p>
 * Given the service's {@link KafkaAdmin}, it also takes over the admin's creation of the declared topics (docs/adr/0093):
 * the admin's first connection to the broker took a third to two thirds of a second of the start. They are created
 * first on the same thread, so that no listener subscribes to a topic that is still missing; a producer that sends
 * before then waits for the topic's metadata ({@code max.block.ms}), and the outbox retries what it could not send.
 * A declaration that throws ({@code spring.kafka.admin.fail-fast}) breaks the liveness too; the listeners start anyway.
 */
public final class ListenersAfterReadiness implements SmartLifecycle, ApplicationListener<ApplicationEvent>, ApplicationContextAware {

	private static final Logger log = LoggerFactory.getLogger(ListenersAfterReadiness.class);

	/** How long a close waits for the container being started to finish its start. */
	private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

	private final List<MessageListenerContainer> held = new ArrayList<>();

	private final @Nullable KafkaAdmin topics;

	private ApplicationContext context;

	private volatile boolean running;

	private volatile boolean closing;

	private Thread starter;

	/** The listeners only: the topics, if any, are the admin's to create with the context. */
	public ListenersAfterReadiness() {
		this(null);
	}

	/**
	 * The listeners and, before them, the topics {@code topics} declares: its own creation of them at the context's start
	 * is turned off here, before its {@code afterSingletonsInstantiated}.
	 */
	public ListenersAfterReadiness(@Nullable KafkaAdmin topics) {
		this.topics = topics;
		if (topics != null) {
			topics.setAutoCreate(false);
		}
	}

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	/** One phase before the listener registry's: the containers it would start are marked not to, and held. */
	@Override
	public synchronized void start() {
		KafkaListenerEndpointRegistry registry = context.getBeanProvider(KafkaListenerEndpointRegistry.class).getIfAvailable();
		for (MessageListenerContainer container : registry == null ? List.<MessageListenerContainer>of()
				: registry.getListenerContainers()) {
			if (container.isAutoStartup() && !container.isRunning()) {
				container.setAutoStartup(false);
				held.add(container);
			}
		}
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return AbstractMessageListenerContainer.DEFAULT_PHASE - 1;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationReadyEvent ready && ready.getApplicationContext() == context) {
			ready();
		}
		else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
			closing();
		}
	}

	/** Creates the topics and starts the held containers on a thread of their own; a second call does nothing. */
	public synchronized void ready() {
		if (starter != null || closing || (held.isEmpty() && topics == null)) {
			return;
		}
		List<MessageListenerContainer> toStart = List.copyOf(held);
		starter = Thread.ofPlatform().name("kafka-listeners-start").daemon().start(() -> startAll(toStart));
	}

	/** No container starts after this returns; the one being started, if any, has finished its start. */
	public void closing() {
		closing = true;
		Thread thread;
		synchronized (this) {
			thread = starter;
		}
		if (thread != null) {
			try {
				if (!thread.join(CLOSE_WAIT)) {
					log.warn("Kafka listeners: a container's start outlasted the close's wait of {}", CLOSE_WAIT);
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void startAll(List<MessageListenerContainer> toStart) {
		long began = System.nanoTime();
		RuntimeException failed = declareTopics();
		long declared = System.nanoTime();
		int started = 0;
		for (MessageListenerContainer container : toStart) {
			if (closing) {
				break;
			}
			try {
				container.setAutoStartup(true);
				container.start();
				started++;
			}
			catch (RuntimeException e) {
				failed = e;
				log.error("Kafka listener container {} did not start", container.getListenerId(), e);
			}
		}
		if (failed != null) {
			// at the context's start this failure stopped the service; after readiness it must not leave it up and deaf
			AvailabilityChangeEvent.publish(context, failed, LivenessState.BROKEN);
		}
		log.info("Kafka after readiness: topics declared in {} ms, then {} of {} listener containers started in {} ms",
				(declared - began) / 1_000_000, started, toStart.size(), (System.nanoTime() - declared) / 1_000_000);
	}

	/** The admin's topics, created or brought in line; what it could not do it logs, and throws only if fail-fast. */
	private @Nullable RuntimeException declareTopics() {
		if (topics == null || closing) {
			return null;
		}
		try {
			topics.initialize();
			return null;
		}
		catch (RuntimeException e) {
			log.error("Kafka topics: the declared topics were not created", e);
			return e;
		}
	}
}
