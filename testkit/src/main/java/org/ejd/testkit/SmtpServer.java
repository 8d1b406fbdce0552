package org.ejd.testkit;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) that keeps what it receives for tests to read. */
public final class SmtpServer implements AutoCloseable {

	private final GreenMail greenMail;

	private final int port;

	private SmtpServer(GreenMail greenMail, int port) {
		this.greenMail = greenMail;
		this.port = port;
	}

	static SmtpServer start() {
		int port = FreePorts.next();
		GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		SmtpServer server = new SmtpServer(greenMail, port);
		Shutdown.server(server);
		return server;
	}

	public String host() {
		return "localhost";
	}

	public int port() {
		return port;
	}

	public List<MimeMessage> received() {
		return List.of(greenMail.getReceivedMessages());
	}

	public boolean awaitMessages(int count, long timeoutMillis) {
		return greenMail.waitForIncomingEmail(timeoutMillis, count);
	}

	@Override
	public void close() {
		greenMail.stop();
	}
}
