package jp.lg.collection.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.statistics.StatisticsRepository.Collection;
import jp.lg.collection.statistics.StatisticsRepository.Event;
import jp.lg.collection.statistics.StatisticsRepository.Levy;
import jp.lg.collection.statistics.StatisticsRepository.Reconciliation;
import org.springframework.stereotype.Service;

/**
 * 統計: the collection figures of a fiscal year (年度, 4月–3月) by month, tax item and district — 調定額, 収入額 and
 * 収納率 (現年 and 滞繰 apart), 不納欠損, 未納額 / 滞納繰越額, new cases, the dispositions by kind with their amounts,
 * and what enforcement collected — added up from {@link StatisticsRepository}'s sums of the raw rows, so every
 * figure can be recomputed from the bills and payments tables. The page and the CSV show the same {@link Report}.
 */
@Service
public class CollectionStatistics {

    /**
     * One cell's address. {@code month} null: the whole fiscal year; {@code taxItem} null: all tax items;
     * {@code district} null: all districts ("" is a taxpayer without a district).
     */
    public record Key(YearMonth month, TaxItem taxItem, String district) {
    }

    /** A fiscal year's figures, every cell of months × tax items × districts with their totals. */
    public record Report(int fiscalYear, List<YearMonth> months, List<TaxItem> taxItems, List<String> districts,
            Map<Key, Figures> cells, Reconciliation reconciliation) {

        /** The figures of a cell (nulls as in {@link Key}); all zero where nothing happened. */
        public Figures figures(YearMonth month, TaxItem taxItem, String district) {
            return cells.getOrDefault(new Key(month, taxItem, district), Figures.EMPTY);
        }

        /** The fiscal year's figures of a tax item and district (nulls: all). */
        public Figures year(TaxItem taxItem, String district) {
            return figures(null, taxItem, district);
        }
    }

    private final StatisticsRepository repository;

    public CollectionStatistics(StatisticsRepository repository) {
        this.repository = repository;
    }

    /** The fiscal year a day belongs to: 2027-03-31 is in 2026 (令和8年度). */
    public static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** April to March of a fiscal year. */
    public static List<YearMonth> monthsOf(int fiscalYear) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(fiscalYear, 4).plusMonths(i));
        }
        return months;
    }

    public Report of(int fiscalYear) {
        List<YearMonth> months = monthsOf(fiscalYear);
        Cells cells = new Cells(months);
        Set<String> districts = new TreeSet<>();
        for (Levy levy : repository.levies(fiscalYear)) {
            districts.add(levy.district());
            TaxItem item = TaxItem.ofCode(levy.taxItem());
            for (YearMonth month : cells.monthsAndYear) {
                cells.each(month, item, levy.district(), c -> c.levy(levy.current(), levy.amount()));
            }
        }
        for (Collection money : repository.collections(fiscalYear)) {
            districts.add(money.district());
            TaxItem item = TaxItem.ofCode(money.taxItem());
            for (YearMonth month : Arrays.asList(money.month(), null)) {
                cells.each(month, item, money.district(),
                        c -> c.collected(money.current(), money.enforcement(), money.amount()));
            }
        }
        List<Event> events = new ArrayList<>(repository.events(fiscalYear));
        events.addAll(repository.writeOffs(fiscalYear));
        for (Event event : events) {
            districts.add(event.district());
            for (YearMonth month : Arrays.asList(event.month(), null)) {
                if (event.taxItem() == null) {
                    // the cases of all tax items together: a case with two tax items counts once
                    cells.each(month, null, event.district(), c -> c.count(event.action(), event.count()));
                } else {
                    TaxItem item = TaxItem.ofCode(event.taxItem());
                    cells.each(month, item, event.district(), c -> c.amount(event.action(), event.amount()));
                    cells.eachOfItem(month, item, event.district(), c -> c.count(event.action(), event.count()));
                }
            }
        }
        cells.accumulate();
        List<String> districtList = new ArrayList<>(districts);
        return new Report(fiscalYear, months, List.of(TaxItem.values()), districtList, cells.freeze(),
                repository.reconciliation());
    }

    /** The cells being added up. */
    private static final class Cells {

        final List<YearMonth> months;
        final List<YearMonth> monthsAndYear;
        final Map<Key, Cell> cells = new HashMap<>();

        Cells(List<YearMonth> months) {
            this.months = months;
            this.monthsAndYear = new ArrayList<>(months);
            this.monthsAndYear.add(null);
        }

        Cell cell(Key key) {
            return cells.computeIfAbsent(key, k -> new Cell());
        }

        /** The cell of the tax item and district and the three totals it is part of. */
        void each(YearMonth month, TaxItem item, String district, Consumer<Cell> change) {
            change.accept(cell(new Key(month, item, district)));
            change.accept(cell(new Key(month, item, null)));
            if (item != null) {
                change.accept(cell(new Key(month, null, district)));
                change.accept(cell(new Key(month, null, null)));
            }
        }

        /** The tax item's cells only (counts per tax item do not add up to the count of all tax items). */
        void eachOfItem(YearMonth month, TaxItem item, String district, Consumer<Cell> change) {
            change.accept(cell(new Key(month, item, district)));
            change.accept(cell(new Key(month, item, null)));
        }

        /** 収入額 and 不納欠損 from 1 April to the end of each month; the year's to the end of March. */
        void accumulate() {
            Set<List<Object>> lines = new HashSet<>();
            for (Key key : cells.keySet()) {
                lines.add(Arrays.asList(key.taxItem(), key.district()));
            }
            for (List<Object> line : lines) {
                TaxItem item = (TaxItem) line.get(0);
                String district = (String) line.get(1);
                long current = 0;
                long arrears = 0;
                long writtenOff = 0;
                for (YearMonth month : months) {
                    Cell c = cell(new Key(month, item, district));
                    current += c.collectedCurrent;
                    arrears += c.collectedArrears;
                    writtenOff += c.amounts.getOrDefault(Action.WRITE_OFF, 0L);
                    c.cumulativeCurrent = current;
                    c.cumulativeArrears = arrears;
                    c.writtenOffToDate = writtenOff;
                }
                Cell year = cell(new Key(null, item, district));
                year.cumulativeCurrent = current;
                year.cumulativeArrears = arrears;
                year.writtenOffToDate = writtenOff;
            }
        }

        Map<Key, Figures> freeze() {
            Map<Key, Figures> frozen = new HashMap<>();
            cells.forEach((key, cell) -> frozen.put(key, cell.figures()));
            return frozen;
        }
    }

    /** One cell while it is added up. */
    private static final class Cell {

        long levyCurrent;
        long levyArrears;
        long collectedCurrent;
        long collectedArrears;
        long cumulativeCurrent;
        long cumulativeArrears;
        long enforcement;
        long writtenOffToDate;
        final Map<Action, Long> numbers = new EnumMap<>(Action.class);
        final Map<Action, Long> amounts = new EnumMap<>(Action.class);

        void levy(boolean current, long amount) {
            if (current) {
                levyCurrent += amount;
            } else {
                levyArrears += amount;
            }
        }

        void collected(boolean current, boolean byEnforcement, long amount) {
            if (current) {
                collectedCurrent += amount;
            } else {
                collectedArrears += amount;
            }
            if (byEnforcement) {
                enforcement += amount;
            }
        }

        void count(Action action, long number) {
            numbers.merge(action, number, Long::sum);
        }

        void amount(Action action, long amount) {
            amounts.merge(action, amount, Long::sum);
        }

        Figures figures() {
            Map<Action, Figures.Count> actions = new EnumMap<>(Action.class);
            for (Action action : Action.values()) {
                long number = numbers.getOrDefault(action, 0L);
                long amount = amounts.getOrDefault(action, 0L);
                if (number != 0 || amount != 0) {
                    actions.put(action, new Figures.Count(number, amount));
                }
            }
            return new Figures(levyCurrent, levyArrears, collectedCurrent, collectedArrears, cumulativeCurrent,
                    cumulativeArrears, enforcement, writtenOffToDate, actions);
        }
    }
}
