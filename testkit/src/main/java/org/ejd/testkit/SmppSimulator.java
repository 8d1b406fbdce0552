package org.ejd.testkit;

/**
 * The SMPP simulator as a process of its own, for docker-compose's {@code smpp-simulator}: listens on the port given
 * (default 2775) and takes binds of {@link SmppServer#SYSTEM_ID} with the password in {@code SMPP_PASSWORD} (no default:
 * ADR 0013). Every submit_sm is answered and, when asked, followed by a delivery receipt, as in the tests.
 */
public final class SmppSimulator {

	private SmppSimulator() {
	}

	public static void main(String[] args) throws InterruptedException {
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 2775;
		String password = System.getenv("SMPP_PASSWORD");
		if (password == null || password.isBlank()) {
			System.err.println("set SMPP_PASSWORD: the simulator's bind password has no default");
			System.exit(2);
		}
		SmppServer.start(port, password);
		System.out.println("SMPP simulator listening on port " + port + " (system id " + SmppServer.SYSTEM_ID + ")");
		Thread.currentThread().join();
	}
}
