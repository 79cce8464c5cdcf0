package jp.lg.collection.refund.ledger;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.export.CsvExport;
import jp.lg.collection.export.CsvExport.Column;
import jp.lg.collection.refund.ledger.DailyLedger.Row;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 収入日計 over the API: the day's rows with their totals and the cash per channel (managers), and the same rows as
 * CSV for the financial-accounting system (managers and exporters; docs/api.md). The CSV holds the rows only, no
 * totals line: the receiving system adds up.
 */
@RestController
public class LedgerController {

    static final List<Column<Row>> COLUMNS = List.of(
            new Column<>("日付", r -> r.day().toString()),
            new Column<>("会計年度", Row::accountingYear),
            new Column<>("区分", Row::kindLabel),
            new Column<>("税目コード", Row::taxItemCode),
            new Column<>("税目", Row::taxItem),
            new Column<>("年度区分", Row::yearClass),
            new Column<>("収納チャネル", Row::channel),
            new Column<>("収納チャネル名", Row::channelLabel),
            new Column<>("件数", Row::count),
            new Column<>("本税", Row::principal),
            new Column<>("督促手数料", Row::fee),
            new Column<>("延滞金", Row::lateCharge),
            new Column<>("過誤納金", Row::overpayment),
            new Column<>("消込不能", Row::unmatched),
            new Column<>("充当額", Row::allocation),
            new Column<>("還付金", Row::refund),
            new Column<>("還付加算金", Row::refundAddition),
            new Column<>("現金収支", Row::cash));

    private final DailyLedger ledger;

    public LedgerController(DailyLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/ledger/daily")
    public DailyLedger.Day daily(@RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return ledger.of(date);
    }

    @GetMapping("/api/ledger/daily.csv")
    public ResponseEntity<byte[]> dailyCsv(
            @RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return CsvExport.response("ledger-" + date + ".csv", CsvExport.write(COLUMNS, ledger.of(date).rows()));
    }
}
