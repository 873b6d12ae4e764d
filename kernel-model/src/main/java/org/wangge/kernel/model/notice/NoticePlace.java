package org.wangge.kernel.model.notice;

import jakarta.validation.constraints.NotBlank;
import org.wangge.kernel.model.Require;

/**
 * Where a public notice is posted (Art. 21: 在村（居）民主要活动场所公布): the village or community the place lies in, and
 * whether it is one of the main activity places of its villagers or residents (村（居）民主要活动场所), such as the party and
 * mass service centre, the committee's office yard or the village square, as the township/street records it.
 *
 * @param divisionCode      the village or community (行政村、社区) the place lies in, a 12-digit division code
 * @param mainActivityPlace whether the place is a main activity place of the villagers or residents
 * @param description       what the place is, e.g. 社区党群服务中心公示栏, optional
 */
public record NoticePlace(@NotBlank String divisionCode, boolean mainActivityPlace, String description) {

    /** Validates the division code. */
    public NoticePlace {
        divisionCode = Require.notBlank(divisionCode, "NoticePlace.divisionCode");
    }
}
