package org.ejd.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.ejd.testkit.RealServers;
import org.ejd.testkit.SmppServer;

/**
 * The local stack's catcher log: every mail the SMTP server and every SMS the SMPP simulator
 * received, written as readable text to {@code mail.log} and {@code sms.log} beside the service
 * logs, so a demo user sees her verification code and her notifications with {@code tail -f}.
 */
final class SentMessages {

	private final Path mailLog;

	private final Path smsLog;

	private int mails;

	private int sms;

	private SentMessages(Path logDir) {
		this.mailLog = logDir.resolve("mail.log");
		this.smsLog = logDir.resolve("sms.log");
	}

	static SentMessages start(Path logDir) {
		SentMessages sent = new SentMessages(logDir);
		Thread.ofPlatform().daemon().name("ejd-sent-messages").start(sent::loop);
		return sent;
	}

	Path mailLog() {
		return mailLog;
	}

	Path smsLog() {
		return smsLog;
	}

	private void loop() {
		while (true) {
			try {
				Thread.sleep(1000);
				drain();
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				// a message we cannot print must not stop the catcher
			}
		}
	}

	private void drain() {
		List<MimeMessage> received = RealServers.smtp().received();
		StringBuilder out = new StringBuilder();
		for (; mails < received.size(); mails++) {
			MimeMessage mail = received.get(mails);
			try {
				out.append("=== ").append(Instant.now()).append(" mail to ").append(String.join(", ", addresses(mail))).append('\n')
					.append("Subject: ").append(mail.getSubject()).append('\n')
					.append(text(mail)).append("\n\n");
			}
			catch (Exception ex) {
				out.append("=== a mail that could not be read: ").append(ex.getMessage()).append("\n\n");
			}
		}
		append(mailLog, out);
		List<SmppServer.Submitted> parts = RealServers.smpp().received();
		StringBuilder sent = new StringBuilder();
		for (; sms < parts.size(); sms++) {
			SmppServer.Submitted part = parts.get(sms);
			sent.append("=== ").append(Instant.now()).append(" SMS to +").append(part.destination()).append(" from ").append(part.source())
				.append(part.hasUdh() ? " (part)" : "").append('\n').append(part.text()).append("\n\n");
		}
		append(smsLog, sent);
	}

	private static List<String> addresses(MimeMessage mail) throws jakarta.mail.MessagingException {
		return mail.getAllRecipients() == null ? List.of() : java.util.Arrays.stream(mail.getAllRecipients()).map(Object::toString).toList();
	}

	static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = text(body);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}

	private static void append(Path file, StringBuilder text) {
		if (text.isEmpty()) {
			return;
		}
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
