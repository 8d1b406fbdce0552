package org.ejd.notification.email;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.delivery.DeliveryFailure;
import org.ejd.notification.delivery.Letter;
import org.ejd.notification.delivery.Transport;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP: a multipart/alternative message (text and HTML) in UTF-8, the subject
 * RFC 2047-encoded, and RFC 8058 one-click unsubscribe headers on everything that is not
 * transactional. An address the server refuses with a 5xx is a permanent failure.
 */
@Component
public class Smtp implements Transport {

	/** The system property Jakarta Mail reads before it scans the class path for a StreamProvider. */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader scan of every jar for each body part, multipart
		// and encoded header (jakartaee/mail-api#699, #861): a third of the CPU of building a letter (JFR, DeliveryBenchmark).
		// Naming Angus's provider makes that a class-name lookup; left alone when someone set it or Angus is absent.
		String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
		if (System.getProperty(STREAM_PROVIDER) == null && Smtp.class.getClassLoader().getResource(angus.replace('.', '/') + ".class") != null) {
			System.setProperty(STREAM_PROVIDER, angus);
		}
	}

	private final JavaMailSender mail;

	private final NotificationProperties properties;

	private jakarta.mail.@org.jspecify.annotations.Nullable Transport connection;

	public Smtp(JavaMailSender mail, NotificationProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	@Override
	public String channel() {
		return "email";
	}

	@Override
	public Sent send(Letter letter) {
		try {
			MimeMessage message = build(letter);
			if (mail instanceof JavaMailSenderImpl impl) {
				sendOverOpenConnection(impl, message);
			}
			else {
				mail.send(message);
			}
			return new Sent(message.getMessageID(), 0);
		}
		catch (MessagingException ex) {
			throw new DeliveryFailure(true, "message cannot be built: " + ex.getClass().getSimpleName(), ex);
		}
		catch (MailException ex) {
			// the server's text names the address: the reason kept and shown carries only what kind of failure it was
			boolean refused = refusedAddress(ex);
			throw new DeliveryFailure(refused, refused ? "SMTP 5xx: address refused" : "SMTP: " + ex.getClass().getSimpleName()
					+ (ex.getMostSpecificCause() != ex ? " (" + ex.getMostSpecificCause().getClass().getSimpleName() + ")" : ""), ex);
		}
	}

	/**
	 * One SMTP connection kept open between sends (a connection per message caps throughput at about a
	 * hundred a second). It is checked before each use and opened again when the server has closed it;
	 * a failure while sending is never retried here (the sender's back-off does it), so nothing goes twice.
	 */
	private synchronized void sendOverOpenConnection(JavaMailSenderImpl impl, MimeMessage message) throws MessagingException {
		try {
			if (connection == null || !connection.isConnected()) {
				close();
				jakarta.mail.Transport fresh = impl.getSession().getTransport(impl.getProtocol() != null ? impl.getProtocol() : "smtp");
				fresh.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
				connection = fresh;
			}
			connection.sendMessage(message, message.getAllRecipients());
		}
		catch (SendFailedException ex) {
			throw new MailSendException(java.util.Map.of(message, ex));
		}
		catch (MessagingException ex) {
			close();
			throw new MailSendException("SMTP connection failed", ex);
		}
	}

	@jakarta.annotation.PreDestroy
	synchronized void close() {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (MessagingException ex) {
				// closing a broken connection: nothing to do
			}
			connection = null;
		}
	}

	/**
	 * Several letters over one SMTP connection (JavaMail sends an array in one session); for the
	 * benchmark's measure of what batching would give the sender, which sends one by one today.
	 */
	public void sendAll(java.util.List<Letter> letters) throws MessagingException {
		MimeMessage[] messages = new MimeMessage[letters.size()];
		for (int i = 0; i < messages.length; i++) {
			messages[i] = build(letters.get(i));
		}
		mail.send(messages);
	}

	private MimeMessage build(Letter letter) throws MessagingException {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, letter.html() != null, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(letter.to());
		helper.setSubject(letter.subject());
		if (letter.html() != null) {
			helper.setText(letter.text(), letter.html());
		}
		else {
			helper.setText(letter.text());
		}
		message.setHeader("Content-Language", letter.language());
		if (letter.unsubscribe() != null) {
			message.setHeader("List-Unsubscribe", "<" + letter.unsubscribe() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		message.saveChanges();
		return message;
	}

	/** A 5xx for the recipient (a hard bounce at the door) is permanent; a connection problem is not. */
	private static boolean refusedAddress(MailException ex) {
		if (ex instanceof MailSendException send) {
			for (Exception cause : send.getFailedMessages().values()) {
				for (Throwable t = cause; t != null; t = t.getCause()) {
					// Angus reports a refused recipient as SMTPAddressFailedException ("550 5.1.1 ..."), a SendFailedException
					if (t instanceof SendFailedException && t.getMessage() != null && t.getMessage().matches("(?s)^5\\d\\d.*")) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
