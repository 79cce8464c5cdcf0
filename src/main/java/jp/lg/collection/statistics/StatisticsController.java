package jp.lg.collection.statistics;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.export.CsvExport;
import jp.lg.collection.statistics.CollectionStatistics.Report;
import jp.lg.collection.system.ErrorPages;
import jp.lg.collection.system.Roles;
import jp.lg.collection.system.StaffNames;
import jp.lg.collection.system.Today;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /statistics}: the statistics page (managers, auditors, admins: SecurityConfig) — a fiscal year by tax
 * item, by district and by month, the dispositions by kind, and the monthly 収入額 as a chart; filtered by tax item
 * and district. {@code /api/statistics.csv}: every cell of the same report as CSV (exporters and admins, as every
 * export).
 */
@Controller
public class StatisticsController {

    /** A line of a table: what it is and its figures. */
    public record Row(String label, Figures figures) {
    }

    /** How far back the page offers fiscal years. */
    static final int YEARS_BACK = 5;

    private final CollectionStatistics statistics;
    private final StaffNames names;

    public StatisticsController(CollectionStatistics statistics, StaffNames names) {
        this.statistics = statistics;
        this.names = names;
    }

    @GetMapping("/statistics")
    public ModelAndView page(@RequestParam(value = "fiscalYear", required = false) String fiscalYear,
            @RequestParam(value = "taxItem", required = false) String taxItemCode,
            @RequestParam(value = "district", required = false) String district, Authentication viewer,
            HttpServletRequest request) {
        int thisYear = CollectionStatistics.fiscalYearOf(Today.date());
        int year;
        try {
            year = fiscalYear == null || fiscalYear.isBlank() ? thisYear : Integer.parseInt(fiscalYear.trim());
        } catch (NumberFormatException notAYear) {
            year = Integer.MIN_VALUE;
        }
        if (year < thisYear - 50 || year > thisYear + 1) {
            return ErrorPages.page(HttpStatus.BAD_REQUEST, "年度は" + NoticeLine.fiscalYearLabel(thisYear - 50) + "から"
                    + NoticeLine.fiscalYearLabel(thisYear + 1) + "までで指定してください", ErrorPages.back(request));
        }
        TaxItem item;
        try {
            item = taxItemCode == null || taxItemCode.isBlank() ? null : TaxItem.ofCode(taxItemCode);
        } catch (IllegalArgumentException unknown) {
            return ErrorPages.page(HttpStatus.BAD_REQUEST, "税目コード " + taxItemCode + " はありません",
                    ErrorPages.back(request));
        }
        String area = district == null || district.isBlank() ? null : district;
        Report report = statistics.of(year);

        Map<String, Object> model = new HashMap<>();
        model.put("r", report);
        model.put("year", year);
        model.put("yearLabel", NoticeLine.fiscalYearLabel(year));
        model.put("years", years(thisYear, year));
        model.put("item", item);
        model.put("district", area);
        model.put("districts", districtNames(report, area));
        model.put("filter", (item == null ? "全税目" : item.label()) + "・"
                + (area == null ? "全地区" : districtName(area)));
        model.put("actions", List.of(Action.values()));
        model.put("newCase", Action.NEW_CASE);
        model.put("writeOff", Action.WRITE_OFF);
        model.put("total", report.year(item, area));

        List<Row> byItem = new ArrayList<>();
        for (TaxItem t : report.taxItems()) {
            byItem.add(new Row(t.label(), report.year(t, area)));
        }
        model.put("byItem", byItem);
        model.put("byItemTotal", new Row("合計", report.year(null, area)));

        List<Row> byDistrict = new ArrayList<>();
        for (String d : report.districts()) {
            byDistrict.add(new Row(districtName(d), report.year(item, d)));
        }
        model.put("byDistrict", byDistrict);
        model.put("byDistrictTotal", new Row("合計", report.year(item, null)));

        List<Row> byMonth = new ArrayList<>();
        List<Figures> monthly = new ArrayList<>();
        for (YearMonth m : report.months()) {
            Figures f = report.figures(m, item, area);
            byMonth.add(new Row(m.getYear() + "年" + m.getMonthValue() + "月", f));
            monthly.add(f);
        }
        model.put("byMonth", byMonth);
        model.put("chart", BarChart.of(report.months(), monthly));
        model.put("mayExport", viewer != null && viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Roles.authority(Roles.EXPORTERS)) || a.equals(Roles.authority(Roles.ADMINS))));
        model.put("csv", "/api/statistics.csv?fiscalYear=" + year);
        return new ModelAndView("statistics/statistics", model);
    }

    /**
     * Every cell: the year and each month, all tax items and each, all districts and each. Counts of cases are
     * per tax item in a tax item's line (a case with two tax items is in both) and once in a 全税目 line.
     */
    @GetMapping("/api/statistics.csv")
    public ResponseEntity<byte[]> csv(@RequestParam(value = "fiscalYear", required = false) Integer fiscalYear) {
        int thisYear = CollectionStatistics.fiscalYearOf(Today.date());
        int year = fiscalYear == null ? thisYear : fiscalYear;
        if (year < thisYear - 50 || year > thisYear + 1) {
            throw new IllegalArgumentException("fiscalYear: 年度は" + (thisYear - 50) + "から" + (thisYear + 1)
                    + "までの西暦で指定してください (" + year + ")");
        }
        Report report = statistics.of(year);
        List<Line> lines = new ArrayList<>();
        List<YearMonth> periods = new ArrayList<>();
        periods.add(null);
        periods.addAll(report.months());
        List<TaxItem> items = new ArrayList<>();
        items.add(null);
        items.addAll(report.taxItems());
        List<String> districts = new ArrayList<>();
        districts.add(null);
        districts.addAll(report.districts());
        for (YearMonth month : periods) {
            for (TaxItem item : items) {
                for (String district : districts) {
                    lines.add(new Line(month, item, district, report.figures(month, item, district)));
                }
            }
        }
        return CsvExport.response("statistics-" + year + ".csv", CsvExport.write(columns(year), lines));
    }

    /** One line of the CSV. */
    record Line(YearMonth month, TaxItem item, String district, Figures figures) {
    }

    private List<CsvExport.Column<Line>> columns(int year) {
        List<CsvExport.Column<Line>> columns = new ArrayList<>();
        columns.add(column("年度", l -> NoticeLine.fiscalYearLabel(year)));
        columns.add(column("月", l -> l.month() == null ? "年度計" : l.month().toString()));
        columns.add(column("税目コード", l -> l.item() == null ? "" : l.item().code()));
        columns.add(column("税目", l -> l.item() == null ? "全税目" : l.item().label()));
        columns.add(column("地区コード", l -> l.district() == null ? "" : l.district()));
        columns.add(column("地区", l -> l.district() == null ? "全地区" : districtName(l.district())));
        columns.add(figure("現年 調定額", Figures::levyCurrent));
        columns.add(figure("現年 収入額(期間)", Figures::collectedCurrent));
        columns.add(figure("現年 収入額(4月からの累計)", Figures::cumulativeCurrent));
        columns.add(figure("現年 収納率(%)", Figures::rateCurrent));
        columns.add(figure("滞繰 調定額", Figures::levyArrears));
        columns.add(figure("滞繰 収入額(期間)", Figures::collectedArrears));
        columns.add(figure("滞繰 収入額(4月からの累計)", Figures::cumulativeArrears));
        columns.add(figure("滞繰 収納率(%)", Figures::rateArrears));
        columns.add(figure("合計 調定額", Figures::levy));
        columns.add(figure("合計 収入額(期間)", Figures::collected));
        columns.add(figure("合計 収入額(4月からの累計)", Figures::cumulative));
        columns.add(figure("合計 収納率(%)", Figures::rate));
        columns.add(figure("うち滞納処分による収入額(期間)", Figures::enforcement));
        columns.add(figure("未納額(期末)・滞納繰越額(年度計)", Figures::unpaid));
        for (Action action : Action.values()) {
            columns.add(figure(action.label() + " 件数", f -> f.number(action)));
            columns.add(figure(action.label() + " 金額", f -> f.amount(action)));
        }
        return columns;
    }

    private static CsvExport.Column<Line> column(String header, Function<Line, Object> value) {
        return new CsvExport.Column<>(header, value);
    }

    private static CsvExport.Column<Line> figure(String header, Function<Figures, Object> value) {
        return new CsvExport.Column<>(header, l -> {
            Object v = value.apply(l.figures());
            return v instanceof BigDecimal rate ? rate.toPlainString() : v;
        });
    }

    private String districtName(String code) {
        if (code.isEmpty()) {
            return "地区未設定";
        }
        String name = names.district(code);
        return name.equals(code) ? code : name + " (" + code + ")";
    }

    private Map<String, String> districtNames(Report report, String selected) {
        Map<String, String> list = new LinkedHashMap<>();
        for (String d : report.districts()) {
            list.put(d, districtName(d));
        }
        if (selected != null && !list.containsKey(selected)) {
            list.put(selected, districtName(selected));
        }
        return list;
    }

    /** The fiscal years offered, newest first, with their names (令和8年度). */
    private static Map<Integer, String> years(int thisYear, int selected) {
        Map<Integer, String> years = new LinkedHashMap<>();
        for (int y = thisYear; y >= thisYear - YEARS_BACK; y--) {
            years.put(y, NoticeLine.fiscalYearLabel(y));
        }
        years.putIfAbsent(selected, NoticeLine.fiscalYearLabel(selected));
        return years;
    }
}
