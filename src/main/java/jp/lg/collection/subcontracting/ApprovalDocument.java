package jp.lg.collection.subcontracting;

import java.time.LocalDate;
import java.util.Locale;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 再委託承認書: the city's written permission (番号法10①) as an HTML page for the browser. Dates in 和暦 as on
 * every official document. The letter sent is the PDF of {@link ApprovalLetter}, with the same
 * items and obligations.
 */
@Component
class ApprovalDocument {

    private final ITemplateEngine templates;

    ApprovalDocument(ITemplateEngine templates) {
        this.templates = templates;
    }

    String render(SubcontractRegister.Entry r, LocalDate issuedOn, String cityName) {
        Context context = new Context(Locale.JAPAN);
        context.setVariable("r", r);
        context.setVariable("issuedOn", WarekiDate.format(issuedOn));
        context.setVariable("requestedOn", WarekiDate.format(r.requestedOn()));
        context.setVariable("period", WarekiDate.format(r.periodFrom()) + "から" + WarekiDate.format(r.periodTo())
                + "まで");
        context.setVariable("city", cityName);
        context.setVariable("obligations", ApprovalLetter.OBLIGATIONS);
        return templates.process("subcontracting/approval-document", context);
    }
}
