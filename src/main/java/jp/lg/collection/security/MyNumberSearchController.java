package jp.lg.collection.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import jp.lg.collection.audit.AuditInterceptor;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 番号利用事務以外で個人番号の検索を行うことはできない (熊谷市 評価書 Ⅲ-3 リスク1): the search by 個人番号 is
 * {@code POST /api/taxpayers/by-my-number} with {@code {"myNumber": "..."}} in the body (never in a URL, so
 * never in an access log), allowed to the collection division's number-using staff only (collectors,
 * managers: SecurityConfig), within the collector's districts, and logged (MY_NUMBER_SEARCH, with the
 * addressee found, never the number). The answer is the taxpayer without the number.
 */
@RestController
public class MyNumberSearchController {

    public record Search(String myNumber) {
    }

    private final TaxpayerRepository taxpayers;
    private final DistrictAccess districts;

    public MyNumberSearchController(TaxpayerRepository taxpayers, DistrictAccess districts) {
        this.taxpayers = taxpayers;
        this.districts = districts;
    }

    @PostMapping("/api/taxpayers/by-my-number")
    public ResponseEntity<?> search(@RequestBody Search search, Authentication user, HttpServletRequest request) {
        if (search == null || search.myNumber() == null) {
            throw new IllegalArgumentException("myNumber: 個人番号を指定してください");
        }
        Taxpayer found = taxpayers.findByMyNumber(search.myNumber().trim()).orElse(null);
        if (found == null) {
            request.setAttribute(AuditInterceptor.TARGET, "該当なし");
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("message", "この個人番号の納税義務者は登録されていません"));
        }
        request.setAttribute(AuditInterceptor.TARGET, "宛名番号 " + found.addresseeNo());
        if (!districts.allows(user, found.addresseeNo())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("message", DistrictAccess.reason(found.districtCode())));
        }
        return ResponseEntity.ok(found);
    }
}
