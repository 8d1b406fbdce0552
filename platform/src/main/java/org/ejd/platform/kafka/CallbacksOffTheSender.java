package org.ejd.platform.kafka;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.springframework.kafka.core.ProducerPostProcessor;

/**
 * Runs the completion callbacks of a producer's sends on virtual threads instead of the producer's one I/O thread
 * ({@code kafka-producer-network-thread}), docs/adr/0074. {@code KafkaTemplate} completes a send's future in that callback,
 * and whatever waits on the future runs there too: Spring Modulith marks the outbox's publication completed, a database
 * update and commit, when the future of its send completes. On the I/O thread each such commit held every send and every
 * acknowledgement behind it, one event after another. Here the callback does the same work, in the same way, a moment
 * later on its own thread; an event's publication is still completed only after Kafka acknowledged it.
 */
final class CallbacksOffTheSender<K, V> implements ProducerPostProcessor<K, V>, AutoCloseable {

	private final ExecutorService callbacks = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("kafka-callback-", 0).factory());

	@Override
	@SuppressWarnings("unchecked")
	public Producer<K, V> apply(Producer<K, V> producer) {
		return (Producer<K, V>) Proxy.newProxyInstance(Producer.class.getClassLoader(), new Class<?>[] { Producer.class },
				new OffTheSender(producer, callbacks));
	}

	/** Callbacks of sends after the close (the application stops) run where Kafka calls them, as without this class. */
	@Override
	public void close() {
		callbacks.close();
	}

	static Callback offTheSender(Callback callback, Executor executor) {
		return (metadata, exception) -> {
			try {
				executor.execute(() -> callback.onCompletion(metadata, exception));
			}
			catch (RejectedExecutionException closed) {
				callback.onCompletion(metadata, exception);
			}
		};
	}

	private record OffTheSender(Producer<?, ?> producer, Executor executor) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getDeclaringClass() == Object.class) {
				return switch (method.getName()) {
					case "equals" -> proxy == args[0];
					case "hashCode" -> System.identityHashCode(proxy);
					default -> "CallbacksOffTheSender(" + producer + ")";
				};
			}
			if ("send".equals(method.getName()) && args != null && args.length == 2 && args[1] instanceof Callback callback) {
				args = new Object[] { args[0], offTheSender(callback, executor) };
			}
			try {
				return method.invoke(producer, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}
	}
}
