package jp.lg.collection.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What Tasklist shows when the server refuses a form: Japanese, with the field's label, no task id. */
class TaskErrorMessagesTest {

    final TaskErrorMessages messages = new TaskErrorMessages(null, new FormSchema());

    TaskErrorMessagesTest() throws IOException {
    }

    @Test
    void theTaskIdAndTheVariableNameGiveWayToTheLabel() {
        assertThat(messages.message("Cannot submit task form 3f2a9c1e-0b7d-11f1-9a3c-0242ac120002: promisedDate: "
                + "納付約束日は明日以降の日付を入力してください", "PhoneReminderForm"))
                .isEqualTo("納付約束日: 納付約束日は明日以降の日付を入力してください");
    }

    @Test
    void aMessageThatNamesTheLabelAlreadyKeepsIt() {
        assertThat(messages.message("Cannot submit task form 3f2a9c1e-0b7d-11f1-9a3c-0242ac120002: contactResult: "
                + "「交渉結果」は必須です", "PhoneReminderForm")).isEqualTo("「交渉結果」は必須です");
    }

    /** A refusal of the form's validation (a task listener) comes wrapped by the engine. */
    @Test
    void theEnginesWrapperOfAListenersRefusalGoes() {
        assertThat(messages.message("Cannot submit task form 3f2a9c1e-0b7d-11f1-9a3c-0242ac120002: ENGINE-03051 There "
                + "was an exception while invoking the TaskListener. Message: 'promisedDate: 「納付約束日」: 月/日/年の順には"
                + "対応していません。'", "PhoneReminderForm")).isEqualTo("「納付約束日」: 月/日/年の順には対応していません。");
    }

    @Test
    void aFieldUnknownToTheFormLosesItsEnglishName() {
        assertThat(messages.message("Cannot complete task 3f2a9c1e: inquiryTargets: 照会先を一覧から選ぶか、一覧にない照会先を"
                + "入力してください", null)).isEqualTo("照会先を一覧から選ぶか、一覧にない照会先を入力してください");
    }

    @Test
    void anEnglishEngineMessageIsExplainedInJapanese() {
        assertThat(messages.message("Cannot submit task form 3f2a9c1e-0b7d-11f1-9a3c-0242ac120002: Unsupported value "
                + "type 'Json'", "InvestigationTargetsForm"))
                .startsWith("入力を保存できませんでした。").endsWith("(詳細: Unsupported value type 'Json')")
                .doesNotContain("Cannot submit task form");
    }
}
