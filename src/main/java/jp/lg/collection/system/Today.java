package jp.lg.collection.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one "today" of the product: the engine clock read in Asia/Tokyo. Tests move the engine clock
 * ({@code ClockUtil.setCurrentTime}) and every rule, delegate and controller follows.
 */
public final class Today {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private Today() {
    }

    public static LocalDate date() {
        return ClockUtil.getCurrentTime().toInstant().atZone(TOKYO).toLocalDate();
    }

    public static LocalDateTime dateTime() {
        return ClockUtil.getCurrentTime().toInstant().atZone(TOKYO).toLocalDateTime();
    }

    /** A date as the engine's timers read it: start of that day in Tokyo. */
    public static java.util.Date startOf(LocalDate day) {
        return java.util.Date.from(day.atStartOfDay(TOKYO).toInstant());
    }
}
