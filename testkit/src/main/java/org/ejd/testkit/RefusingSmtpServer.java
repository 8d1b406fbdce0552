package org.ejd.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server (SubEtha SMTP) on a free loopback port that answers {@code 550 5.1.1} at RCPT for
 * the recipients it is told to refuse, as a receiving server does for an address that does not exist (a
 * hard bounce), and accepts everyone else. GreenMail cannot refuse; this one is for the bounce path.
 */
public final class RefusingSmtpServer implements AutoCloseable {

	private final SMTPServer server;

	private final Set<String> refused = ConcurrentHashMap.newKeySet();

	private final List<String> accepted = new CopyOnWriteArrayList<>();

	private final java.util.Map<String, Runnable> beforeAnswering = new ConcurrentHashMap<>();

	private RefusingSmtpServer() {
		this.server = SMTPServer.port(FreePorts.next())
			.bindAddress(InetAddress.getLoopbackAddress())
			.hostName("localhost")
			.messageHandlerFactory(this::handler)
			.build();
		server.start();
	}

	public static RefusingSmtpServer start() {
		return new RefusingSmtpServer();
	}

	/** From now on, RCPT TO this address is answered with 550. */
	public void refuse(String address) {
		refused.add(address.toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Once, when a message to this address has been read and before the server answers that it took it, runs the action: a
	 * fault a test needs at the moment the sender has handed a letter over and does not know yet that it went.
	 */
	public void beforeAnswering(String address, Runnable action) {
		beforeAnswering.put(address.toLowerCase(java.util.Locale.ROOT), action);
	}

	public String host() {
		return "localhost";
	}

	public int port() {
		return server.getPortAllocated();
	}

	/** The recipients of every message accepted so far. */
	public List<String> accepted() {
		return List.copyOf(accepted);
	}

	@Override
	public void close() {
		server.stop();
	}

	private MessageHandler handler(MessageContext context) {
		return new MessageHandler() {

			private final List<String> to = new CopyOnWriteArrayList<>();

			@Override
			public void from(String from) {
			}

			@Override
			public void recipient(String recipient) throws RejectException {
				if (refused.contains(recipient.toLowerCase(java.util.Locale.ROOT))) {
					throw new RejectException(550, "5.1.1 <" + recipient + ">: Recipient address rejected: User unknown");
				}
				to.add(recipient);
			}

			@Override
			public @Nullable String data(InputStream data) throws IOException {
				data.readAllBytes();
				for (String recipient : to) {
					Runnable action = beforeAnswering.remove(recipient.toLowerCase(java.util.Locale.ROOT));
					if (action != null) {
						action.run();
					}
				}
				accepted.addAll(to);
				return null;
			}

			@Override
			public void done() {
			}
		};
	}
}
