package org.ejd.platform.events;

import java.time.Clock;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Modulith's registry of event publications, whose marks before and after a send open no transaction of their own
 * (docs/adr/0112).
 * <p>
 * Modulith opens a new transaction for each mark ({@code REQUIRES_NEW}), and a new transaction takes a connection from
 * the pool. The outbox's repository ({@link BatchedPublications}) writes nothing for the first mark and hands the
 * second to its writer, so the connection was taken for nothing, twice for every event sent. Each was taken on the
 * relay's or the producer callback's thread, in the same queue as the requests: a class's batch of 25 marks queued 50
 * of them, and when the database stalled the completions failed for want of a connection and their events were sent
 * again.
 * <p>
 * Under {@code SUPPORTS} a repository that does write (Modulith's own, or the mark of a publication not in progress)
 * writes its one statement in autocommit, which is what a transaction of its own did. A failure's mark keeps
 * Modulith's transaction.
 */
public class OutboxRegistry extends DefaultEventPublicationRegistry {

	/** The name Modulith gives its registry's bean, which this one takes over. */
	static final String BEAN_NAME = "eventPublicationRegistry";

	public OutboxRegistry(EventPublicationRepository events, ObjectProvider<Clock> clock) {
		super(events, clock.getIfAvailable(Clock::systemUTC));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public void markProcessing(Object event, PublicationTargetIdentifier identifier) {
		super.markProcessing(event, identifier);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public void markCompleted(Object event, PublicationTargetIdentifier identifier) {
		super.markCompleted(event, identifier);
	}

	/**
	 * Puts an {@link OutboxRegistry} in place of Modulith's registry under the same bean name, so that there is still one
	 * registry, and the multicaster and the completion advisor, which look it up by type, find this one. Modulith's
	 * configuration declares its registry unconditionally, so it is replaced rather than stood beside.
	 */
	static final class InPlaceOfModuliths implements BeanDefinitionRegistryPostProcessor {

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
			if (!registry.containsBeanDefinition(BEAN_NAME)) {
				return;
			}
			RootBeanDefinition ours = new RootBeanDefinition(OutboxRegistry.class);
			ours.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
			registry.removeBeanDefinition(BEAN_NAME);
			registry.registerBeanDefinition(BEAN_NAME, ours);
		}
	}
}
