package jp.lg.collection.security;

import java.util.List;
import jp.lg.collection.system.Startup;
import jp.lg.collection.taxpayer.MyNumberCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored 個人番号 under a new key (docs/security-measures.md, 鍵の更新): start the
 * application once with the new key in {@code COLLECTION_MY_NUMBER_KEY} and the old one in
 * {@code COLLECTION_MY_NUMBER_OLD_KEY}; at start every row that the new key cannot open is decrypted with
 * the old key and written again with the new key and a new search digest, in one transaction. Rows already
 * under the new key are left alone, so a second start (or a crash halfway) is harmless. Then remove the old
 * key from the environment. Logs counts only, never a number.
 */
@Component
public class MyNumberKeyRotation implements Startup.Step {

    private static final Logger LOG = LoggerFactory.getLogger(MyNumberKeyRotation.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final MyNumberCipher current;
    private final String oldKey;

    public MyNumberKeyRotation(JdbcClient jdbc, TransactionTemplate transaction, MyNumberCipher current,
            @Value("${collection.my-number.old-key:${COLLECTION_MY_NUMBER_OLD_KEY:}}") String oldKey) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.current = current;
        this.oldKey = oldKey;
    }

    @Override
    public void run() {
        if (oldKey != null && !oldKey.isBlank()) {
            int rotated = rotate(new MyNumberCipher(oldKey), current);
            LOG.warn("個人番号の鍵更新: {} 件を新しい鍵で暗号化し直しました。旧鍵を環境から削除してください", rotated);
        }
    }

    /** Re-encrypts the rows that {@code to} cannot open with {@code from}; returns how many. */
    public int rotate(MyNumberCipher from, MyNumberCipher to) {
        return transaction.execute(status -> {
            List<String[]> rows = jdbc.sql(
                    "SELECT addressee_no, my_number_cipher FROM taxpayer WHERE my_number_cipher IS NOT NULL FOR UPDATE")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            int count = 0;
            for (String[] row : rows) {
                if (opens(to, row[1])) {
                    continue;
                }
                String number = from.decrypt(row[1]);
                jdbc.sql("UPDATE taxpayer SET my_number_cipher = ?, my_number_digest = ? WHERE addressee_no = ?")
                        .params(to.encrypt(number), to.digest(number), row[0]).update();
                count++;
            }
            return count;
        });
    }

    private static boolean opens(MyNumberCipher cipher, String stored) {
        try {
            cipher.decrypt(stored);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
