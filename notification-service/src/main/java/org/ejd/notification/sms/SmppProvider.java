package org.ejd.notification.sms;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.delivery.DeliveryFailure;
import org.ejd.notification.sms.domain.Segments;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMSC over SMPP 3.4 (jsmpp): {@code sessions} transceiver sessions used in turn (one synchronous session
 * waits for each submit_sm_resp, which held it below issue 11's 500/s), each bound on first use and again after
 * it breaks; delivery receipts arrive on the session that sent and are recorded on the message. A negative
 * submit_sm_resp for the address (invalid destination, barred) is permanent; a timeout or a
 * throttling answer is transient.
 */
public class SmppProvider implements SmsProvider, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SmppProvider.class);

	private final NotificationProperties.Smpp settings;

	private final ReceiptSink receipts;

	private final Slot[] slots;

	private final AtomicInteger next = new AtomicInteger();

	public SmppProvider(NotificationProperties.Smpp settings, ReceiptSink receipts) {
		this.settings = settings;
		this.receipts = receipts;
		this.slots = new Slot[Math.max(1, settings.sessions())];
		for (int i = 0; i < slots.length; i++) {
			slots[i] = new Slot();
		}
	}

	@Override
	public String name() {
		return "sms-smpp";
	}

	/** On the next session in turn; a message's segments all go on one session, one message at a time there. */
	@Override
	public String submit(String to, String from, Segments segments) {
		return slots[Math.floorMod(next.getAndIncrement(), slots.length)].submit(to, from, segments);
	}

	/** The SMPP 3.4 statuses that say "this number will not take it" rather than "not now". */
	static boolean permanent(int status) {
		return status == SMPPConstant.STAT_ESME_RINVDSTADR || status == SMPPConstant.STAT_ESME_RINVDSTTON
				|| status == SMPPConstant.STAT_ESME_RINVDSTNPI || status == SMPPConstant.STAT_ESME_RINVNUMDESTS;
	}

	@Override
	public void close() {
		for (Slot slot : slots) {
			slot.close();
		}
	}

	/** One session, bound when first needed and again after it broke. */
	private final class Slot {

		private @Nullable SMPPSession session;

		synchronized String submit(String to, String from, Segments segments) {
			SMPPSession bound = session();
			int reference = ThreadLocalRandom.current().nextInt(256);
			String firstId = null;
			try {
				for (int i = 0; i < segments.count(); i++) {
					ESMClass esm = segments.count() > 1 ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
							: new ESMClass();
					String id = bound.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, from,
							TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, to.startsWith("+") ? to.substring(1) : to, esm, (byte) 0,
							(byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
							DataCodings.newInstance(segments.dataCoding()), (byte) 0, segments.payload(i, reference)).getMessageId();
					if (firstId == null) {
						firstId = id;
					}
				}
				return firstId;
			}
			catch (NegativeResponseException ex) {
				throw new DeliveryFailure(permanent(ex.getCommandStatus()), "SMPP status 0x" + Integer.toHexString(ex.getCommandStatus()),
						ex);
			}
			catch (Exception ex) {
				close();
				throw new DeliveryFailure(false, "SMPP: " + ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
			}
		}

		private SMPPSession session() {
			if (session != null && session.getSessionState().isBound()) {
				return session;
			}
			SMPPSession fresh = new SMPPSession();
			fresh.setTransactionTimer(settings.timeout().toMillis());
			fresh.setMessageReceiverListener(new Receipts());
			try {
				fresh.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX, settings.systemId(),
						settings.password(), "ejd", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
						settings.timeout().toMillis());
			}
			catch (IOException ex) {
				fresh.unbindAndClose();
				throw new DeliveryFailure(false, "SMPP bind failed: " + ex.getMessage(), ex);
			}
			session = fresh;
			return fresh;
		}

		synchronized void close() {
			if (session != null) {
				session.unbindAndClose();
				session = null;
			}
		}
	}

	/** Delivery receipts (deliver_sm with the receipt flag) on the message they report. */
	private final class Receipts implements MessageReceiverListener {

		@Override
		public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
			if (!deliverSm.isSmscDeliveryReceipt()) {
				return; // an incoming SMS: nobody answers the diary by SMS
			}
			try {
				DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
				boolean delivered = receipt.getFinalStatus() == DeliveryReceiptState.DELIVRD;
				receipts.receipt(receipt.getId(), delivered, delivered ? null : receipt.getFinalStatus() + " err " + receipt.getError());
			}
			catch (Exception ex) {
				log.warn("SMPP receipt not understood", ex);
			}
		}

		@Override
		public void onAcceptAlertNotification(AlertNotification alertNotification) {
		}

		@Override
		public DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm dataSm, Session source) throws ProcessRequestException {
			throw new ProcessRequestException("data_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}
	}
}
