package org.wangge.kernel.model.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.wangge.kernel.model.Require;

/**
 * A grid's public notice (公示) at the main activity place of the village or community (Art. 21).
 *
 * @param id         stable id
 * @param gridId     the grid
 * @param postedById the township government or street office that posted it
 * @param postedOn   the day it was posted or last updated
 * @param place      where it is posted
 * @param contents   the items it shows: grid name, area, service matters
 * @param workers    the workers it lists, with name and phone
 * @param postedAt   the place of posting: its village or community and whether it is a main activity place of the
 *                   villagers or residents; null when not recorded
 */
public record PublicNotice(
        @NotBlank String id,
        @NotBlank String gridId,
        @NotBlank String postedById,
        @NotNull LocalDate postedOn,
        String place,
        Set<NoticeContent> contents,
        List<@Valid NoticedWorker> workers,
        @Valid NoticePlace postedAt) {

    /** Validates the notice. */
    public PublicNotice {
        id = Require.notBlank(id, "PublicNotice.id");
        gridId = Require.notBlank(gridId, "PublicNotice.gridId");
        postedById = Require.notBlank(postedById, "PublicNotice.postedById");
        Require.notNull(postedOn, "PublicNotice.postedOn");
        contents = Require.set(contents, "PublicNotice.contents");
        workers = Require.list(workers, "PublicNotice.workers");
    }

    /**
     * A notice whose place of posting is recorded only as text ({@code place}), not as a {@link NoticePlace}.
     *
     * @param id         stable id
     * @param gridId     the grid
     * @param postedById the township government or street office that posted it
     * @param postedOn   the day it was posted or last updated
     * @param place      where it is posted, as text
     * @param contents   the items it shows
     * @param workers    the workers it lists
     */
    public PublicNotice(String id, String gridId, String postedById, LocalDate postedOn, String place,
            Set<NoticeContent> contents, List<NoticedWorker> workers) {
        this(id, gridId, postedById, postedOn, place, contents, workers, null);
    }

    /** @return whether the notice shows every item Art. 21 lists besides the workers */
    public boolean showsAllContents() {
        return contents.containsAll(Set.of(NoticeContent.values()));
    }

    /**
     * @param workerId a worker
     * @return whether the notice lists that worker
     */
    public boolean lists(String workerId) {
        return workers.stream().anyMatch(w -> w.workerId().equals(workerId));
    }

    /** @return the items Art. 21 lists besides the workers that the notice does not show, in declaration order */
    public List<NoticeContent> missingContents() {
        List<NoticeContent> out = new java.util.ArrayList<>();
        for (NoticeContent c : NoticeContent.values()) {
            if (!contents.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
