package org.ejd.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.jsmpp.util.RandomMessageIDGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small SMPP 3.4 SMSC (jsmpp's server API) for tests and the local stack: accepts binds with
 * {@link #SYSTEM_ID}/{@link #PASSWORD}, records every submit_sm so tests can read it back, answers
 * with a message id and, when asked for one, sends a delivery receipt. It can be told to refuse
 * every submit with a permanent error status, or to stop answering (an outage).
 */
public final class SmppServer implements AutoCloseable {

	public static final String SYSTEM_ID = "ejd";

	public static final String PASSWORD = "ejd-pass";

	private static final Logger log = LoggerFactory.getLogger(SmppServer.class);

	/** How the simulator answers submit_sm. */
	public enum Mode {
		/** accept, answer with a message id, send a delivery receipt if asked */
		ACCEPT,
		/** refuse with ESME_RINVDSTADR (0x0B): a permanent error for that address */
		REJECT_PERMANENT,
		/** do not answer: the client times out */
		SILENT,
		/**
		 * accept, but send the delivery receipt before the answer, which follows it a little later: the answer and the
		 * receipt travel separately, and under load an SMSC's receipt can reach the client first
		 */
		RECEIPT_FIRST
	}

	/** One submit_sm as received: the raw short message, its data coding, esm_class and the receipt's id. */
	public record Submitted(String messageId, String source, String destination, byte dataCoding, byte esmClass, byte[] shortMessage) {

		public boolean hasUdh() {
			return (esmClass & 0x40) != 0;
		}

		/** The text of this part, decoded by its data coding (UCS-2 for 0x08), the UDH left out. */
		public String text() {
			byte[] body = hasUdh() ? Arrays.copyOfRange(shortMessage, (shortMessage[0] & 0xff) + 1, shortMessage.length) : shortMessage;
			return dataCoding == 0x08 ? new String(body, StandardCharsets.UTF_16BE) : new String(body, StandardCharsets.ISO_8859_1);
		}
	}

	private final SMPPServerSessionListener listener;

	private final List<Submitted> received = new CopyOnWriteArrayList<>();

	private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

	private final RandomMessageIDGenerator ids = new RandomMessageIDGenerator();

	private volatile Mode mode = Mode.ACCEPT;

	private volatile boolean running = true;

	private final String password;

	private SmppServer(SMPPServerSessionListener listener, String password) {
		this.listener = listener;
		this.password = password;
	}

	public static SmppServer start() {
		return start(FreePorts.next());
	}

	public static SmppServer start(int port) {
		return start(port, PASSWORD);
	}

	/** On the port, taking binds of {@link #SYSTEM_ID} with this password (the compose stack's simulator: its own secret). */
	public static SmppServer start(int port, String password) {
		try {
			SmppServer server = new SmppServer(new SMPPServerSessionListener(port), password);
			server.listener.setMessageReceiverListener(server.new Receiver());
			Thread.ofPlatform().daemon().name("smpp-accept-" + port).start(server::acceptLoop);
			Shutdown.server(server);
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the SMPP simulator on " + port, ex);
		}
	}

	public String host() {
		return "localhost";
	}

	public int port() {
		return listener.getPort();
	}

	/** Everything submitted so far, oldest first. */
	public List<Submitted> received() {
		return new ArrayList<>(received);
	}

	/** The parts submitted to one number. */
	public List<Submitted> receivedBy(String destination) {
		return received.stream().filter(s -> s.destination().equals(destination)).toList();
	}

	public void mode(Mode mode) {
		this.mode = mode;
	}

	private void acceptLoop() {
		while (running) {
			try {
				SMPPServerSession session = listener.accept();
				Thread.ofVirtual().start(() -> bind(session));
			}
			catch (IOException ex) {
				if (running) {
					log.warn("SMPP simulator: accept failed", ex);
				}
			}
		}
	}

	private void bind(SMPPServerSession session) {
		try {
			BindRequest request = session.waitForBind(5000);
			if (SYSTEM_ID.equals(request.getSystemId()) && password.equals(request.getPassword())) {
				request.accept(SYSTEM_ID);
				sessions.add(session);
			}
			else {
				request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
			}
		}
		catch (Exception ex) {
			log.debug("SMPP simulator: bind not completed", ex);
		}
	}

	private static void pause(long millis) {
		try {
			TimeUnit.MILLISECONDS.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void receipt(SMPPServerSession session, SubmitSm submit, MessageId id) {
		try {
			DeliveryReceipt receipt = new DeliveryReceipt(id.getValue(), 1, 1, new Date(), new Date(),
					org.jsmpp.util.DeliveryReceiptState.DELIVRD, "000", "");
			session.deliverShortMessage("", submit.getDestAddrTon() == 0 ? org.jsmpp.bean.TypeOfNumber.UNKNOWN
					: org.jsmpp.bean.TypeOfNumber.valueOf(submit.getDestAddrTon()), org.jsmpp.bean.NumberingPlanIndicator.UNKNOWN,
					submit.getDestAddress(), org.jsmpp.bean.TypeOfNumber.UNKNOWN, org.jsmpp.bean.NumberingPlanIndicator.UNKNOWN,
					submit.getSourceAddr(), new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
					(byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO,
					receipt.toString().getBytes(StandardCharsets.ISO_8859_1));
		}
		catch (Exception ex) {
			log.debug("SMPP simulator: receipt not delivered", ex);
		}
	}

	@Override
	public void close() {
		running = false;
		sessions.forEach(SMPPServerSession::unbindAndClose);
		try {
			listener.close();
		}
		catch (IOException ex) {
			log.debug("SMPP simulator: close", ex);
		}
	}

	private final class Receiver implements ServerMessageReceiverListener {

		@Override
		public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
			switch (mode) {
				case REJECT_PERMANENT -> throw new ProcessRequestException("invalid destination", SMPPConstant.STAT_ESME_RINVDSTADR);
				case SILENT -> {
					// no answer while the outage lasts (at most 30 s), then a late system error nobody waits for
					long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
					while (mode == Mode.SILENT && System.nanoTime() < until) {
						try {
							TimeUnit.MILLISECONDS.sleep(100);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							break;
						}
					}
					throw new ProcessRequestException("system error", SMPPConstant.STAT_ESME_RSYSERR);
				}
				case ACCEPT, RECEIPT_FIRST -> {
					// below
				}
			}
			MessageId id = ids.newMessageId();
			received.add(new Submitted(id.getValue(), submit.getSourceAddr(), submit.getDestAddress(), submit.getDataCoding(),
					submit.getEsmClass(), submit.getShortMessage()));
			if (SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submit.getRegisteredDelivery())
					|| SMSCDeliveryReceipt.SUCCESS.containedIn(submit.getRegisteredDelivery())) {
				if (mode == Mode.RECEIPT_FIRST) {
					// the client has answered the receipt (deliver_sm_resp) before the answer to its submit_sm leaves
					receipt(source, submit, id);
					pause(300);
				}
				else {
					Thread.ofVirtual().start(() -> {
						pause(50);
						receipt(source, submit, id);
					});
				}
			}
			return new SubmitSmResult(id, new OptionalParameter[0]);
		}

		@Override
		public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm query, SMPPServerSession source)
				throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}
	}
}
