package jp.lg.collection.subcontracting;

import java.time.LocalDate;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.web.util.HtmlUtils;

/**
 * 再委託承認書: the city's written permission (番号法10①) as an HTML page for the browser. Dates in 和暦 as on
 * every official document. The letter sent is the PDF of {@link ApprovalLetter}, with the same
 * items and obligations.
 */
final class ApprovalDocument {

    private ApprovalDocument() {
    }

    static String render(SubcontractRegister.Entry r, LocalDate issuedOn, String cityName) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>再委託承認書 ")
                .append(e(r.requestId())).append("</title></head><body>\n");
        html.append("<p style=\"text-align:right\">").append(e(r.requestId())).append("<br>")
                .append(WarekiDate.format(issuedOn)).append("</p>\n");
        html.append("<p>").append(e(r.contractor())).append(" 様</p>\n");
        html.append("<p style=\"text-align:right\">").append(e(cityName)).append("長</p>\n");
        html.append("<h1 style=\"text-align:center\">再委託承認書</h1>\n");
        html.append("<p>").append(WarekiDate.format(r.requestedOn()))
                .append("付けで申請のあった業務の再委託について、行政手続における特定の個人を識別するための番号の利用等に関する法律第10条第1項")
                .append("及び契約書の規定に基づき、下記のとおり承認します。</p>\n<p style=\"text-align:center\">記</p>\n<table border=\"1\">\n");
        row(html, "再委託先", r.subcontractor());
        row(html, "再委託する業務", r.work());
        row(html, "取り扱う情報の項目", r.dataItems());
        row(html, "件数", "%,d件".formatted(r.recordCount()));
        row(html, "特定個人情報", r.includesMyNumber() ? "含む" : "含まない");
        row(html, "作業場所", r.workLocation());
        row(html, "安全管理措置", r.securityMeasures());
        row(html, "再委託期間", WarekiDate.format(r.periodFrom()) + "から" + WarekiDate.format(r.periodTo()) + "まで");
        row(html, "承認の条件", r.conditions() == null ? "なし" : r.conditions());
        html.append("</table>\n<p>再委託期間中は、次の事項を遵守してください。</p>\n<ol>\n");
        for (String obligation : ApprovalLetter.OBLIGATIONS) {
            html.append("<li>").append(e(obligation)).append("</li>\n");
        }
        html.append("</ol>\n</body></html>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(e(label)).append("</th><td>").append(e(value).replace("\n", "<br>"))
                .append("</td></tr>\n");
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
