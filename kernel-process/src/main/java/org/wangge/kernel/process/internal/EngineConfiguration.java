package org.wangge.kernel.process.internal;

import java.time.ZoneId;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.process.WorkingDayBusinessCalendar;

/**
 * Flowable's standalone configuration with the working-day business calendar added to Flowable's
 * own calendars (duration, due date, cycle). Not API.
 */
public final class EngineConfiguration extends StandaloneProcessEngineConfiguration {

    private final WorkingDayCalendar workingDays;
    private final ZoneId zone;
    private HostTransactions hostTransactions;

    /**
     * @param workingDays the working-day calendar
     * @param zone        the zone of its days
     */
    public EngineConfiguration(WorkingDayCalendar workingDays, ZoneId zone) {
        this.workingDays = workingDays;
        this.zone = zone;
    }

    /**
     * Runs every command in the host's transactions instead of the engine's own.
     *
     * @param host the host's transactions
     */
    public void useHostTransactions(HostTransactions host) {
        this.hostTransactions = host;
        setTransactionsExternallyManaged(true);
        setTransactionContextFactory(host);
    }

    @Override
    public CommandInterceptor createTransactionInterceptor() {
        return hostTransactions != null ? hostTransactions.interceptor() : super.createTransactionInterceptor();
    }

    @Override
    public void initBusinessCalendarManager() {
        super.initBusinessCalendarManager();
        if (businessCalendarManager instanceof MapBusinessCalendarManager map) {
            map.addBusinessCalendar(WorkingDayBusinessCalendar.NAME, new WorkingDayBusinessCalendar(clock, workingDays, zone));
        } else {
            throw new IllegalStateException("cannot register the working-day calendar with " + businessCalendarManager);
        }
    }
}
