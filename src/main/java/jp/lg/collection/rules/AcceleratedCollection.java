package jp.lg.collection.rules;

import java.time.LocalDate;
import java.util.Collection;

/**
 * 繰上徴収 — 地方税法13条の2: when one of its grounds ({@link AccelerationGround}) arises and a tax already determined
 * is not expected to be paid in full by its due date, the mayor may bring that due date forward and demand payment,
 * by a written notice (the 告知 of 令6条の2の3; verify the paragraph). What follows from it:
 * <ul>
 *   <li>Only installments not yet due can be brought forward: one already due is collected by 督促 and enforcement
 *       as any other ({@link #canBeBroughtForward}).</li>
 *   <li>The new due date is fixed by the notice: not before the day the notice is issued, and before the due date of
 *       every installment it brings forward ({@link #requireDueDate}).</li>
 *   <li>No 督促状 is issued for such an installment (法329① ただし書 「繰上徴収をする場合においては、この限りでない」;
 *       likewise 法371, 463の25, 726 per tax) and a seizure is lawful once it is unpaid after the new due date
 *       (法331①二 「繰上徴収に係る告知により指定された納期限までに完納しないとき」; 373①二, 463の27①二, 728①二 per
 *       tax — verify the item numbers of the other taxes): from the day after it ({@link #seizureEligibleFrom}).</li>
 *   <li>The late charge runs from the day after the new due date, as after any 納期限 (法326①; verify — the rules
 *       file does not say which due date 法326 counts from after 繰上げ); the limitation period still counts from the
 *       法定納期限 (法18①), which the acceleration does not move.</li>
 * </ul>
 */
public final class AcceleratedCollection {

    /** The item of 法331① (and of 373①, 463の27①, 728①) that allows the seizure of an accelerated tax: 二. */
    public static final int SEIZURE_ITEM = 2;

    private AcceleratedCollection() {
    }

    /** An installment can be brought forward on {@code day} while it is not yet due: its due date is after that day. */
    public static boolean canBeBroughtForward(LocalDate dueDate, LocalDate day) {
        Args.notNull("dueDate", dueDate);
        Args.notNull("day", day);
        return dueDate.isAfter(day);
    }

    /**
     * Checks the new due date a notice issued on {@code noticeDay} sets for installments due on {@code dueDates}.
     *
     * @throws IllegalArgumentException "acceleratedDueDate: …" when it is before the notice day, or not before the due
     *         date of one of the installments (that would not bring it forward)
     */
    public static LocalDate requireDueDate(LocalDate acceleratedDueDate, LocalDate noticeDay,
            Collection<LocalDate> dueDates) {
        Args.notNull("acceleratedDueDate", acceleratedDueDate);
        Args.notNull("noticeDay", noticeDay);
        Args.notNull("dueDates", dueDates);
        if (acceleratedDueDate.isBefore(noticeDay)) {
            throw new IllegalArgumentException("acceleratedDueDate: 繰上げ後の納期限は告知の日 (" + WarekiDate.format(noticeDay)
                    + ") 以後の日です (" + WarekiDate.format(acceleratedDueDate) + ")");
        }
        for (LocalDate due : dueDates) {
            if (!acceleratedDueDate.isBefore(due)) {
                throw new IllegalArgumentException("acceleratedDueDate: 繰上げ後の納期限 (" + WarekiDate.format(acceleratedDueDate)
                        + ") が本来の納期限 (" + WarekiDate.format(due) + ") より前ではありません");
            }
        }
        return acceleratedDueDate;
    }

    /**
     * The first day a seizure is lawful for an accelerated installment unpaid after its new due date: the next day
     * (法331①二). No dunning notice comes first.
     */
    public static LocalDate seizureEligibleFrom(LocalDate acceleratedDueDate) {
        Args.notNull("acceleratedDueDate", acceleratedDueDate);
        return acceleratedDueDate.plusDays(1);
    }
}
