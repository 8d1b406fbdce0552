package org.ejd.diary.complaints;

import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school admin or deputy head gives an open complaint to a member of staff to handle (D12); it can be given anew. */
@Service
public class AssigningComplaint {

	private final Complaints complaints;

	private final ComplaintRegister register;

	private final SchoolTime time;

	AssigningComplaint(Complaints complaints, ComplaintRegister register, SchoolTime time) {
		this.complaints = complaints;
		this.register = register;
		this.time = time;
	}

	@Transactional
	public ComplaintView assign(Caller caller, UUID complaintId, @Nullable UUID assigneeId) {
		Complaint complaint = complaints.lock(complaintId).orElseThrow(() -> Refusal.unknown("diary.complaint.not-found"));
		ComplaintAccess.requireHandler(caller, complaint);
		if (assigneeId == null) {
			throw Refusal.invalid("diary.complaint.assignee-missing");
		}
		if (complaint.answered()) {
			throw Refusal.conflict("diary.complaint.closed");
		}
		complaints.assign(complaintId, assigneeId, time.now());
		return register.view(complaintId);
	}
}
