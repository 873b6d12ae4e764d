package org.wangge.kernel.model.cases;

import java.time.LocalDateTime;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;

/**
 * The lifecycle timestamps of a case, in Beijing time. Every step but collection is optional
 * (null until it happens); steps that happened must not precede the steps they follow.
 *
 * @param collected        收集 — collected by the worker
 * @param resolvedOnSpot   就地解决 — resolved by the worker (Art. 14), or null
 * @param reported         上报 — reported through the platform (Art. 14), or null
 * @param accepted         受理 — accepted by the platform (Art. 15 ¶1), or null
 * @param assigned         交办 — assigned to a department (Art. 15 ¶1), or null
 * @param fedBack          反馈 — the department's feedback through the platform (Art. 15 ¶2), or null
 * @param verified         核查 — verified by the platform, or null
 * @param closed           结案 — closed, or null
 * @param signedFor        签收 — the assigned department signed for the (last) assignment (Art. 15 ¶2 快速响应, ZG-15-04), or null
 */
public record CaseTimeline(
        LocalDateTime collected,
        LocalDateTime resolvedOnSpot,
        LocalDateTime reported,
        LocalDateTime accepted,
        LocalDateTime assigned,
        LocalDateTime fedBack,
        LocalDateTime verified,
        LocalDateTime closed,
        LocalDateTime signedFor) {

    /** Validates the order of the steps that happened. */
    public CaseTimeline {
        Require.notNull(collected, "CaseTimeline.collected");
        notBefore(resolvedOnSpot, collected, "resolvedOnSpot", "collected");
        notBefore(reported, collected, "reported", "collected");
        notBefore(accepted, reported, "accepted", "reported");
        notBefore(assigned, accepted, "assigned", "accepted");
        notBefore(fedBack, assigned, "fedBack", "assigned");
        notBefore(verified, fedBack, "verified", "fedBack");
        notBefore(closed, collected, "closed", "collected");
        notBefore(signedFor, assigned, "signedFor", "assigned");
    }

    /**
     * A timeline without a sign-for (签收): the constructor before ZG-15-04.
     *
     * @param collected      收集
     * @param resolvedOnSpot 就地解决, or null
     * @param reported       上报, or null
     * @param accepted       受理, or null
     * @param assigned       交办, or null
     * @param fedBack        反馈, or null
     * @param verified       核查, or null
     * @param closed         结案, or null
     */
    public CaseTimeline(LocalDateTime collected, LocalDateTime resolvedOnSpot, LocalDateTime reported, LocalDateTime accepted,
            LocalDateTime assigned, LocalDateTime fedBack, LocalDateTime verified, LocalDateTime closed) {
        this(collected, resolvedOnSpot, reported, accepted, assigned, fedBack, verified, closed, null);
    }

    /**
     * @param at when the assigned department signed for the case (签收)
     * @return a copy with that sign-for
     */
    public CaseTimeline withSignedFor(LocalDateTime at) {
        return new CaseTimeline(collected, resolvedOnSpot, reported, accepted, assigned, fedBack, verified, closed, at);
    }

    private static void notBefore(LocalDateTime later, LocalDateTime earlier, String laterName, String earlierName) {
        if (later != null && earlier == null && !"collected".equals(earlierName)) {
            throw new ModelValidationException("CaseTimeline." + laterName, later.toString(),
                    "a case cannot be " + laterName + " before it is " + earlierName + ": give " + earlierName + " too");
        }
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new ModelValidationException("CaseTimeline." + laterName, later.toString(),
                    "must not be before " + earlierName + " (" + earlier + ")");
        }
    }

    /**
     * @param collected when the case was collected
     * @return a timeline in which only collection has happened
     */
    public static CaseTimeline collectedAt(LocalDateTime collected) {
        return new CaseTimeline(collected, null, null, null, null, null, null, null);
    }
}
