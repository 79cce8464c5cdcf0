package jp.lg.collection.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a refused or failed request answers, in place of Spring's Whitelabel page: a person in a browser gets a
 * Japanese page ({@code templates/error.html}) that says what happened and leads back (to Tasklist, or to the
 * page he came from); an API client ({@code /api/**}, {@code /engine-rest/**}, or no {@code text/html} in
 * its Accept header) gets RFC 9457 problem details with the same Japanese title, as {@link ApiErrors} answers
 * bad input. Reached by the servlet container's error dispatch: Spring Security's refusals (403), unknown
 * paths (404) and uncaught exceptions (500). A refusal of our own sets its reason as the request attribute
 * {@link #REASON} before {@code sendError}; other messages are never shown (they may name internals).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ErrorPages implements ErrorController {

    /** Request attribute: the reason a refusal of ours gives the person (「担当外の地区（02）の…」). */
    public static final String REASON = ErrorPages.class.getName() + ".reason";

    static final String TASKLIST = "/camunda/app/tasklist/";

    private static final Map<Integer, String[]> TEXTS = Map.of(
            400, new String[] {"入力内容に誤りがあります", "送られた内容を処理できませんでした。入力を確かめてください。"},
            401, new String[] {"ログインが必要です", "ログインしてからもう一度開いてください。"},
            403, new String[] {"この画面を表示する権限がありません",
                    "あなたの担当や権限では開けない画面です。必要な場合は、管理職またはシステム管理者に相談してください。"},
            404, new String[] {"お探しのページは見つかりません",
                    "アドレスが正しいか確かめてください。案件の画面は Tasklist のタスクから開けます。"},
            405, new String[] {"この操作はできません", "この画面ではその操作を受け付けていません。"},
            500, new String[] {"システムでエラーが発生しました",
                    "時間をおいてもう一度お試しください。続く場合はシステム担当者に連絡してください。"});

    @RequestMapping
    public Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = path == null ? request.getRequestURI() : path.toString();
        Object reason = request.getAttribute(REASON);
        if (isApi(request, uri)) {
            String[] text = texts(status);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                    reason == null ? text[1] : reason.toString());
            problem.setTitle(text[0]);
            problem.setInstance(URI.create(uri));
            problem.setProperty("message", problem.getDetail());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return page(status, reason == null ? null : reason.toString(), back(request));
    }

    /**
     * The Japanese error page, for a controller that answers a refusal itself (a case that does not exist).
     *
     * @param reason what the person reads, or null for the status's general sentence
     * @param back   a path of ours to go back to, or null
     */
    public static ModelAndView page(HttpStatus status, String reason, String back) {
        String[] text = texts(status);
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", text[0]);
        page.addObject("message", reason == null ? text[1] : reason);
        page.addObject("tasklist", TASKLIST);
        page.addObject("back", back);
        return page;
    }

    /** A browser's previous page when it is one of ours (its path only: never a link to elsewhere). */
    public static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            if (from.getHost() != null && !from.getHost().equalsIgnoreCase(request.getServerName())
                    || from.getRawPath() == null || !from.getRawPath().startsWith("/")
                    || from.getRawPath().startsWith("//")) {
                return null;
            }
            return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /** An API client: our API and the engine's REST API, and any client that does not ask for HTML. */
    public static boolean isApi(HttpServletRequest request, String uri) {
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static String[] texts(HttpStatus status) {
        String[] text = TEXTS.get(status.value());
        if (text != null) {
            return text;
        }
        return status.is5xxServerError() ? TEXTS.get(500)
                : new String[] {"リクエストを処理できませんでした", "入力やアドレスを確かめて、もう一度お試しください。"};
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
