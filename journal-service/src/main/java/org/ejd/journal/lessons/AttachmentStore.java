package org.ejd.journal.lessons;

import java.util.Optional;
import java.util.UUID;

/**
 * Where homework files live. One interface so a region can put them in S3-compatible storage;
 * the default keeps them in journal's database ({@link DatabaseAttachmentStore}).
 */
public interface AttachmentStore {

	void put(UUID id, byte[] content);

	Optional<byte[]> get(UUID id);
}
