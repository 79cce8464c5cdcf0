package jp.lg.collection.forms;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.lg.collection.ProcessTestSupport;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The reading under a typed date or amount in Tasklist (GET /forms/preview, shown by japanese-forms.js): the
 * same parsers as the completed form, so the clerk sees before 完了 what will be stored; and every date or amount
 * field of every form carries the description the script recognises it by.
 */
class InputPreviewTest extends ProcessTestSupport {

    @Test
    void aTypedDateOrAmountIsReadBackAsItWillBeStored() throws Exception {
        mvc().perform(get("/forms/preview").param("input", "date").param("text", "R8.12.20")
                .with(member("tanaka", "collectors")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("2026-12-20"))
                .andExpect(jsonPath("$.reading").value("令和8年12月20日(日)"));
        mvc().perform(get("/forms/preview").param("input", "yen").param("text", "12万5000円")
                .with(member("sato", "managers")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("125000"))
                .andExpect(jsonPath("$.reading").value("125,000円"));
        mvc().perform(get("/forms/preview").param("input", "date").param("text", "12/20/2026")
                .with(member("tanaka", "collectors")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("月/日/年の順には対応していません")));
        mvc().perform(get("/forms/preview").param("input", "date").param("text", "2026/2/30")
                .with(member("tanaka", "collectors")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyThoseWhoCompleteFormsAskAndNobodyWithoutALogin() throws Exception {
        mvc().perform(get("/forms/preview").param("input", "yen").param("text", "1")
                .with(member("kobayashi", "auditors"))).andExpect(status().isForbidden());
        mvc().perform(get("/forms/preview").param("input", "yen").param("text", "1"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void everyDateAndAmountFieldCarriesTheExamplesTheScriptKnowsItBy() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> fields = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                collect(json.readTree(form.toFile()), form.getFileName().toString(), fields, unmarked);
            }
        }
        assertThat(fields).as("date and amount fields of the forms").hasSizeGreaterThan(10);
        assertThat(unmarked).as("fields whose description lacks 「%s」 (date) or 「円単位」 (yen)",
                JapaneseDateInput.EXAMPLES).isEmpty();
    }

    private static void collect(JsonNode node, String form, List<String> fields, List<String> unmarked) {
        for (JsonNode component : node.path("components")) {
            String input = component.path("properties").path("input").asText("");
            String description = component.path("description").asText("");
            if (!input.isEmpty()) {
                String field = form + " " + component.path("key").asText();
                fields.add(field);
                boolean marked = input.equals("date") ? description.contains(JapaneseDateInput.EXAMPLES)
                        : input.equals("yen") && description.contains("円単位");
                if (!marked) {
                    unmarked.add(field);
                }
            }
            collect(component, form, fields, unmarked);
        }
    }
}
