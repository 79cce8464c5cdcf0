package jp.lg.collection.taxpayer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps 個人番号 encrypted at rest (AES-256-GCM, a fresh IV per value) and searchable only by an exact
 * keyed digest (HMAC-SHA256), never by a readable column. The key comes from
 * {@code collection.my-number.key} (base64, 32 bytes); production supplies it from the environment.
 * Nothing here logs a number, and {@link #mask} is what any screen shows.
 */
@Component
public class MyNumberCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec digestKey;
    private final SecureRandom random = new SecureRandom();

    public MyNumberCipher(@Value("${collection.my-number.key}") String base64Key) {
        byte[] key = Base64.getDecoder().decode(base64Key);
        if (key.length != 32) {
            throw new IllegalStateException("collection.my-number.key: must be 32 bytes, base64-encoded");
        }
        this.encryptionKey = new SecretKeySpec(key, "AES");
        this.digestKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** 12 digits with a valid check digit (番号法施行令8条), else IllegalArgumentException naming the field. */
    public static String requireValid(String myNumber) {
        if (myNumber == null || !myNumber.matches("\\d{12}")) {
            throw new IllegalArgumentException("myNumber: 個人番号は12桁の数字です");
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int digit = myNumber.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += digit * q;
        }
        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        if (check != myNumber.charAt(11) - '0') {
            throw new IllegalArgumentException("myNumber: 個人番号の検査用数字が一致しません");
        }
        return myNumber;
    }

    public String encrypt(String myNumber) {
        requireValid(myNumber);
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(myNumber.getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("個人番号を暗号化できません", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("個人番号を復号できません", e);
        }
    }

    public String digest(String myNumber) {
        requireValid(myNumber);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(digestKey);
            return HexFormat.of().formatHex(mac.doFinal(myNumber.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("個人番号の検索キーを作れません", e);
        }
    }

    /** What a screen shows: whether a number is on file, never its digits. */
    public static String mask(boolean registered) {
        return registered ? "************" : "(未登録)";
    }
}
