package org.wangge.kernel.model.notice;

import jakarta.validation.constraints.NotBlank;
import org.wangge.kernel.model.Require;
import org.wangge.kernel.model.identity.LandlineNumber;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;

/**
 * A worker as listed on a public notice (Art. 21): name and a phone number.
 *
 * @param workerId the worker listed
 * @param name     the name shown, or null if the notice omits it
 * @param mobile   the mobile number shown, or null
 * @param landline the landline shown, or null
 */
public record NoticedWorker(@NotBlank String workerId, PersonName name, MobileNumber mobile, LandlineNumber landline) {

    /** Validates the worker id. */
    public NoticedWorker {
        workerId = Require.notBlank(workerId, "NoticedWorker.workerId");
    }

    /** @return whether the notice shows the worker's name and at least one phone number */
    public boolean showsNameAndPhone() {
        return name != null && (mobile != null || landline != null);
    }

    /** @return what the notice does not show of the worker: name, phone, both or neither, in that order */
    public java.util.List<WorkerDetail> missingDetails() {
        java.util.List<WorkerDetail> out = new java.util.ArrayList<>();
        if (name == null) {
            out.add(WorkerDetail.NAME);
        }
        if (mobile == null && landline == null) {
            out.add(WorkerDetail.PHONE);
        }
        return out;
    }
}
