package jp.lg.collection.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What an issued notice says, kept as JSON in {@code document.payload} until the print batch renders it: the
 * content record of its {@link Notice} (addressee, installments with the amounts owed on the issue date, dates,
 * the facts of the disposition) and the issuing city as configured at issue ({@link CityProperties}: the mayor
 * in whose name it goes out). Rendering reads nothing else, so the PDF shows what was issued even when the
 * bill is paid or the address changes before it is printed.
 *
 * <pre>{"version":1,"kind":"DUNNING_NOTICE","city":{…},"notice":{"to":{…},"caseId":…,"issuedOn":"2026-06-10",…}}</pre>
 *
 * Dates are ISO strings; amounts integer yen; a late charge not yet computable is {@code null}. Properties
 * unknown to the record (a field removed in a later version) are ignored, missing ones read as null or 0, so a
 * notice queued before an update still renders after it. No My Number: {@link Addressee} has none.
 */
@Component
public class NoticeSnapshots {

    static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // an error message must not quote the payload (it holds names and addresses)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final CityProperties city;
    /** The papers issued through the queue, by kind: every {@link Notice} bean of the application. */
    private final Map<DocumentKind, Notice<?>> notices = new EnumMap<>(DocumentKind.class);

    public NoticeSnapshots(CityProperties city, List<Notice<?>> notices) {
        this.city = city;
        for (Notice<?> notice : notices) {
            Notice<?> other = this.notices.put(notice.kind(), notice);
            if (other != null) {
                throw new IllegalStateException(notice.kind() + " を作成する帳票が2つあります: "
                        + other.getClass().getName() + ", " + notice.getClass().getName());
            }
        }
    }

    /** Whether notices of this kind are issued as a snapshot (every notice; not certificates). */
    public boolean queued(DocumentKind kind) {
        return notices.containsKey(kind);
    }

    /** The snapshot of a notice of {@code kind} with today's city, as stored. */
    public String take(DocumentKind kind, Record notice) {
        Class<? extends Record> type = queued(kind) ? notices.get(kind).contentType() : null;
        if (type == null || !type.isInstance(notice)) {
            throw new IllegalArgumentException("notice: " + kind + " の内容は " + (type == null ? "保存できません"
                    : type.getSimpleName() + " です (" + (notice == null ? null : notice.getClass().getSimpleName()) + ")"));
        }
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", VERSION);
        envelope.put("kind", kind.name());
        envelope.set("city", JSON.valueToTree(city));
        envelope.set("notice", JSON.valueToTree(notice));
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("通知の内容を保存できません (" + kind + ")", e);
        }
    }

    /** The notice record a snapshot holds. */
    public Record notice(DocumentKind kind, String payload) {
        return read(kind, payload).notice();
    }

    /** The PDF of a snapshot: the notice as issued, in the name of the city as it was then. */
    public byte[] render(DocumentKind kind, String payload) {
        Read read = read(kind, payload);
        return render(notices.get(kind), read.notice(), read.city());
    }

    private static <C extends Record> byte[] render(Notice<C> paper, Record content, CityProperties city) {
        return paper.render(paper.contentType().cast(content), city);
    }

    private record Read(CityProperties city, Record notice) {
    }

    private Read read(DocumentKind kind, String payload) {
        Notice<?> paper = notices.get(kind);
        if (paper == null || payload == null) {
            throw new IllegalStateException(kind + " の印刷内容がありません");
        }
        try {
            JsonNode envelope = JSON.readTree(payload);
            int version = envelope.path("version").asInt(0);
            if (version != VERSION || !kind.name().equals(envelope.path("kind").asText())) {
                throw new IllegalStateException("印刷内容の形式が違います (version " + version + ", "
                        + envelope.path("kind").asText() + ", 文書の種類 " + kind + ")");
            }
            return new Read(JSON.treeToValue(envelope.get("city"), CityProperties.class),
                    JSON.treeToValue(envelope.get("notice"), paper.contentType()));
        } catch (JsonProcessingException e) {
            // the path names the field, never its value (the message could quote a name or an address)
            String where = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPathReference() : "";
            throw new IllegalStateException("印刷内容を読めません (" + kind + " " + where + ")");
        }
    }
}
