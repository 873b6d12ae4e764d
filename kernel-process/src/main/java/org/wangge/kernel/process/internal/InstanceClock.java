package org.wangge.kernel.process.internal;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.flowable.common.engine.impl.runtime.Clock;

/**
 * A clock of one engine. Flowable's default clock keeps a set time in a static field shared by every
 * engine of the JVM; this one keeps it per engine, so engines (and tests) do not move each other's time.
 * Until a time is set it follows the system clock.
 */
public final class InstanceClock implements Clock {

    private final TimeZone zone;
    private volatile Date fixed;

    /** @param zone the zone of the calendars it returns */
    public InstanceClock(TimeZone zone) {
        this.zone = zone;
    }

    @Override
    public void setCurrentTime(Date currentTime) {
        this.fixed = currentTime == null ? null : new Date(currentTime.getTime());
    }

    @Override
    public void setCurrentCalendar(Calendar currentTime) {
        setCurrentTime(currentTime == null ? null : currentTime.getTime());
    }

    @Override
    public void reset() {
        fixed = null;
    }

    @Override
    public Date getCurrentTime() {
        Date f = fixed;
        return f == null ? new Date() : new Date(f.getTime());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(zone);
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        Calendar c = Calendar.getInstance(timeZone);
        c.setTime(getCurrentTime());
        return c;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return zone;
    }
}
