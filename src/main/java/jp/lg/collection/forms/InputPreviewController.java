package jp.lg.collection.forms;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the server will read from a date or an amount as typed into a Tasklist form, shown under the field while
 * the clerk types (tasklist/scripts/japanese-forms.js): 「令和8年12月20日(日)」 under 2026/12/20, 「120,000円」 under
 * 12万. The reading comes from the same {@link JapaneseDateInput} and {@link YenInput} that check the completed
 * form, so what the clerk sees is what is stored — or the same Japanese refusal, before he presses 完了.
 * No personal data passes here; it is not in the operation log.
 */
@RestController
public class InputPreviewController {

    /** The value the form will store and how a city employee reads it. */
    public record Reading(String value, String reading) {
    }

    @GetMapping("/forms/preview")
    public Reading preview(@RequestParam("input") String input, @RequestParam("text") String text) {
        if (text.length() > 100) {
            throw new IllegalArgumentException("text: 100文字以内で入力してください");
        }
        return switch (input) {
            case "date" -> {
                LocalDate date = JapaneseDateInput.parse(text);
                yield new Reading(date.toString(), WarekiDate.format(date) + "("
                        + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + ")");
            }
            case "yen" -> {
                long yen = YenInput.parse(text);
                yield new Reading(Long.toString(yen), "%,d円".formatted(yen));
            }
            default -> throw new IllegalArgumentException("input: date か yen を指定してください");
        };
    }
}
