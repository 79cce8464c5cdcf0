package jp.lg.collection.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a deployed model may contain (docs/model-rules.md): designers change models, not the machine. A model
 * may bind the application's delegates ({@code ${beanName}}), route on process variables, compare and combine
 * them with literals, and compute dates with the engine's {@code now()} / {@code dateTime()}; it may not run a
 * script, name a Java class, call a method of {@code execution}, of an engine service or of any bean, or reach
 * a bean that is not one of the application's delegates. Each refusal names the element and the rule.
 *
 * <p>Pure: an XML walk and a small parser of the allowed subset of the expression language, no engine and no
 * Spring, so the rules are tested on their own and applied by {@link ModelDeploymentPlugin} to every deployment.
 */
public final class ModelRules {

    public static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /** The rules, as numbered in docs/model-rules.md. */
    public enum Rule {
        R1("配備できるのは BPMN モデル（.bpmn）と Camunda Forms（.form）だけです"),
        S1("スクリプト（スクリプトタスク、リスナー・入出力のスクリプト、言語付きの条件式）は使えません"),
        K1("Java クラスの直接指定（camunda:class など）は使えません"),
        D1("委譲式は ${業務の委譲Bean名} だけです（許可された Bean の一覧は docs/model-rules.md）"),
        E1("式は許可リストの形だけです：変数、リテラル、比較・論理・算術演算、now()/dateTime() の日付計算"),
        E2("execution・task・エンジンのサービスや Bean のメソッド呼び出し・プロパティ参照は使えません"),
        F1("HTML フォーム（embedded:/app: の formKey）は使えません。Camunda Forms（formRef）を使います"),
        C1("コネクタ（外部システムの呼び出し）は使えません");

        public final String text;

        Rule(String text) {
            this.text = text;
        }
    }

    /** One refused place: the resource, the element (nearest id), the rule and what was found. */
    public record Finding(String resource, String elementId, String elementName, int line, int column, Rule rule,
            String found) implements Problem {

        @Override
        public String getMessage() {
            return (elementId == null ? elementName : elementId) + ": " + rule.name() + " " + rule.text
                    + (found == null ? "" : "（" + found + "）");
        }

        @Override
        public int getLine() {
            return line;
        }

        @Override
        public int getColumn() {
            return column;
        }

        @Override
        public String getMainElementId() {
            return elementId;
        }

        @Override
        public List<String> getElementIds() {
            return elementId == null ? List.of() : List.of(elementId);
        }
    }

    /** Names the engine or a bean would resolve as objects whose methods and properties run code. */
    static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "externalTask", "caseExecution",
            "variableScope", "processEngine", "processEngineServices", "processEngineConfiguration",
            "applicationContext", "authenticatedUserId");

    /** Date arithmetic on {@code dateTime()} (Joda-Time, the engine's built-in function). */
    static final Set<String> DATE_METHODS = Set.of("plusDays", "plusWeeks", "plusMonths", "plusYears", "plusHours",
            "plusMinutes", "minusDays", "minusWeeks", "minusMonths", "minusYears", "minusHours", "minusMinutes",
            "withTimeAtStartOfDay", "toDate");

    private ModelRules() {
    }

    /** Whether a resource of this name may be deployed at all (rule R1). */
    public static boolean deployable(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".form");
    }

    /**
     * The findings of one resource; empty when it may be deployed.
     *
     * @param delegateBean whether a name is one of the application's delegate beans
     * @param otherBean    whether a name is some other bean (refused by name, so the designer learns why)
     */
    public static List<Finding> check(String resourceName, byte[] content, Predicate<String> delegateBean,
            Predicate<String> otherBean) {
        if (!deployable(resourceName)) {
            return List.of(new Finding(resourceName, null, resourceName, 0, 0, Rule.R1, resourceName));
        }
        if (resourceName.toLowerCase(Locale.ROOT).endsWith(".form")) {
            return List.of();
        }
        Walk walk = new Walk(resourceName, delegateBean, otherBean);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(content), walk);
        } catch (SAXException | java.io.IOException | javax.xml.parsers.ParserConfigurationException e) {
            // not XML: the engine's own parser reports it with its position
            return List.of();
        }
        return walk.findings;
    }

    /** The SAX walk over every element, attribute and text of a BPMN model. */
    private static final class Walk extends DefaultHandler {

        final String resource;
        final Predicate<String> delegateBean;
        final Predicate<String> otherBean;
        final List<Finding> findings = new ArrayList<>();
        final Deque<String[]> open = new ArrayDeque<>(); // {id or inherited id, local name}
        final Deque<StringBuilder> texts = new ArrayDeque<>();
        Locator locator;

        Walk(String resource, Predicate<String> delegateBean, Predicate<String> otherBean) {
            this.resource = resource;
            this.delegateBean = delegateBean;
            this.otherBean = otherBean;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String id = attributes.getValue("id");
            String inherited = id != null ? id : open.isEmpty() ? null : open.peek()[0];
            String name = open.isEmpty() || id != null ? localName : open.peek()[1];
            open.push(new String[] {inherited, name});
            texts.push(new StringBuilder());
            if ((BPMN_NS.equals(uri) && (localName.equals("scriptTask") || localName.equals("script")))
                    || (CAMUNDA_NS.equals(uri) && localName.equals("script"))) {
                add(Rule.S1, localName);
            }
            if (CAMUNDA_NS.equals(uri) && localName.equals("connector")) {
                add(Rule.C1, localName);
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                // on Camunda's own elements (listeners, fields) the attributes are unqualified
                String attributeUri = attributes.getURI(i).isEmpty() && CAMUNDA_NS.equals(uri) ? uri
                        : attributes.getURI(i);
                attribute(attributeUri, attributes.getLocalName(i), attributes.getValue(i));
            }
        }

        private void attribute(String uri, String name, String value) {
            boolean camunda = CAMUNDA_NS.equals(uri);
            if (camunda && (name.equals("class") || name.endsWith("Class"))) {
                add(Rule.K1, "camunda:" + name + "=\"" + value + "\"");
            } else if ((camunda && name.equals("resource")) || name.equals("scriptFormat")
                    || (uri.isEmpty() && name.equals("language"))) {
                add(Rule.S1, name + "=\"" + value + "\"");
            } else if (camunda && name.endsWith("elegateExpression")) {
                String bean = beanOf(value);
                if (bean == null || !delegateBean.test(bean)) {
                    add(Rule.D1, "camunda:" + name + "=\"" + value + "\"");
                }
            } else if (camunda && name.equals("formKey") && !value.startsWith("camunda-forms:")) {
                add(Rule.F1, "camunda:formKey=\"" + value + "\"");
            } else {
                expression(value, (camunda ? "camunda:" : "") + name);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            texts.peek().append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String text = texts.pop().toString();
            // documentation and annotations are read by people, never evaluated
            if (!(BPMN_NS.equals(uri) && (localName.equals("documentation") || localName.equals("text")))) {
                expression(text, localName);
            }
            open.pop();
        }

        private void expression(String value, String where) {
            Refusal refusal = Expressions.check(value, delegateBean, otherBean);
            if (refusal != null) {
                add(refusal.rule(), where + ": " + refusal.detail());
            }
        }

        private void add(Rule rule, String found) {
            String[] element = open.peek();
            findings.add(new Finding(resource, element == null ? null : element[0],
                    element == null ? resource : element[1], locator == null ? 0 : locator.getLineNumber(),
                    locator == null ? 0 : locator.getColumnNumber(), rule, found));
        }
    }

    /** {@code ${name}} or {@code #{name}} → name; anything else → null. */
    static String beanOf(String value) {
        String v = value.trim();
        if ((v.startsWith("${") || v.startsWith("#{")) && v.endsWith("}")) {
            String inner = v.substring(2, v.length() - 1).trim();
            if (!inner.isEmpty() && Character.isJavaIdentifierStart(inner.charAt(0))
                    && inner.chars().allMatch(Character::isJavaIdentifierPart)) {
                return inner;
            }
        }
        return null;
    }

    record Refusal(Rule rule, String detail) {
    }

    /**
     * The allowed subset of JUEL. A value may hold any number of {@code ${…}} / {@code #{…}} parts between literal
     * text; each part must be (grammar of the EL specification, minus member access and calls):
     * <pre>
     * expr    := or ('?' expr ':' expr)?          or := and (('||'|'or') and)*      and := eq (('&amp;&amp;'|'and') eq)*
     * eq      := rel (('=='|'!='|'eq'|'ne') rel)*  rel := add (('&lt;'|'&gt;'|'&lt;='|'&gt;='|'lt'|'gt'|'le'|'ge') add)*
     * add     := mul (('+'|'-') mul)*               mul := unary (('*'|'/'|'%'|'div'|'mod') unary)*
     * unary   := ('!'|'not'|'-'|'empty') unary | primary
     * primary := literal | variable | '(' expr ')' | 'now()' | 'dateTime()' ('.' dateMethod '(' arg? ')')*
     *          | 'execution.processBusinessKey'
     * whole   := expr | 'execution.setVariable(' string ',' literal ')'
     * </pre>
     */
    static final class Expressions {

        private final List<String> tokens;
        private final Predicate<String> delegateBean;
        private final Predicate<String> otherBean;
        private int at;

        private Expressions(List<String> tokens, Predicate<String> delegateBean, Predicate<String> otherBean) {
            this.tokens = tokens;
            this.delegateBean = delegateBean;
            this.otherBean = otherBean;
        }

        /** Null when every expression part of the value is allowed. */
        static Refusal check(String value, Predicate<String> delegateBean, Predicate<String> otherBean) {
            int i = 0;
            while (i < value.length()) {
                int start = nextStart(value, i);
                if (start < 0) {
                    return null;
                }
                int end = closing(value, start + 2);
                if (end < 0) {
                    return new Refusal(Rule.E1, "閉じていない式 " + shorten(value.substring(start)));
                }
                String body = value.substring(start + 2, end);
                Refusal refusal = part(body, delegateBean, otherBean);
                if (refusal != null) {
                    return new Refusal(refusal.rule(), shorten(value.substring(start, end + 1))
                            + (refusal.detail() == null ? "" : " — " + refusal.detail()));
                }
                i = end + 1;
            }
            return null;
        }

        private static int nextStart(String value, int from) {
            int dollar = value.indexOf("${", from);
            int hash = value.indexOf("#{", from);
            return dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
        }

        /** The index of the brace that closes an expression opened before {@code from}, skipping string literals. */
        private static int closing(String value, int from) {
            char quote = 0;
            for (int i = from; i < value.length(); i++) {
                char c = value.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '}') {
                    return i;
                }
            }
            return -1;
        }

        private static Refusal part(String body, Predicate<String> delegateBean, Predicate<String> otherBean) {
            List<String> tokens = tokenize(body);
            if (tokens == null) {
                return new Refusal(Rule.E1, "使えない記号");
            }
            Expressions parser = new Expressions(tokens, delegateBean, otherBean);
            try {
                if (!parser.setVariable()) {
                    parser.at = 0;
                    parser.expr();
                }
                if (parser.at != tokens.size()) {
                    throw parser.refuse(Rule.E1);
                }
                return null;
            } catch (Refused r) {
                return r.refusal;
            }
        }

        /** {@code execution.setVariable('name', literal)}: the only call allowed, a constant set at an event. */
        private boolean setVariable() {
            if (tokens.size() == 8 && tokens.get(0).equals("execution") && tokens.get(1).equals(".")
                    && tokens.get(2).equals("setVariable") && tokens.get(3).equals("(") && isString(tokens.get(4))
                    && tokens.get(5).equals(",") && isLiteral(tokens.get(6)) && tokens.get(7).equals(")")) {
                at = 8;
                return true;
            }
            return false;
        }

        private void expr() {
            or();
            if (accept("?")) {
                expr();
                expect(":");
                expr();
            }
        }

        private void or() {
            and();
            while (accept("||") || accept("or")) {
                and();
            }
        }

        private void and() {
            eq();
            while (accept("&&") || accept("and")) {
                eq();
            }
        }

        private void eq() {
            rel();
            while (accept("==") || accept("!=") || accept("eq") || accept("ne")) {
                rel();
            }
        }

        private void rel() {
            add();
            while (accept("<") || accept(">") || accept("<=") || accept(">=") || accept("lt") || accept("gt")
                    || accept("le") || accept("ge")) {
                add();
            }
        }

        private void add() {
            mul();
            while (accept("+") || accept("-")) {
                mul();
            }
        }

        private void mul() {
            unary();
            while (accept("*") || accept("/") || accept("%") || accept("div") || accept("mod")) {
                unary();
            }
        }

        private void unary() {
            if (accept("!") || accept("not") || accept("-") || accept("empty")) {
                unary();
            } else {
                primary();
            }
        }

        private void primary() {
            String token = next();
            if (token == null) {
                throw refuse(Rule.E1);
            }
            if (isLiteral(token)) {
                return;
            }
            if (token.equals("(")) {
                expr();
                expect(")");
                return;
            }
            if (!isIdentifier(token) || KEYWORDS.contains(token)) {
                throw refuse(Rule.E1, token);
            }
            if (token.equals("now") && peek("(")) {
                expect("(");
                expect(")");
                return;
            }
            if (token.equals("dateTime") && peek("(")) {
                expect("(");
                expect(")");
                dateChain();
                return;
            }
            if (token.equals("execution") && peek(".") && "processBusinessKey".equals(lookahead(1))) {
                at += 2;
                if (peek(".") || peek("(") || peek("[")) {
                    throw refuse(Rule.E2, "execution");
                }
                return;
            }
            if (ENGINE_OBJECTS.contains(token)) {
                throw refuse(Rule.E2, token);
            }
            if (delegateBean.test(token)) {
                throw refuse(Rule.D1, token + " は委譲式（delegateExpression）でだけ使えます");
            }
            if (otherBean.test(token)) {
                throw refuse(Rule.E2, token + " は業務の委譲Beanではありません");
            }
            if (peek("(") || peek(".") || peek("[")) {
                throw refuse(Rule.E2, token);
            }
        }

        private void dateChain() {
            while (accept(".")) {
                String method = next();
                if (method == null || !DATE_METHODS.contains(method)) {
                    throw refuse(Rule.E2, "dateTime()." + method);
                }
                expect("(");
                if (!accept(")")) {
                    accept("-");
                    String arg = next();
                    if (arg == null || !(isNumber(arg) || isIdentifier(arg) && !KEYWORDS.contains(arg)
                            && !ENGINE_OBJECTS.contains(arg) && !delegateBean.test(arg) && !otherBean.test(arg))
                            || peek(".") || peek("(") || peek("[")) {
                        throw refuse(Rule.E1, "dateTime()." + method);
                    }
                    expect(")");
                }
                if (method.equals("toDate") && (peek(".") || peek("["))) {
                    throw refuse(Rule.E2, "toDate()");
                }
            }
            if (peek("[")) {
                throw refuse(Rule.E2, "dateTime()");
            }
        }

        private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
                "div", "mod", "empty", "instanceof", "true", "false", "null");

        private static boolean isLiteral(String t) {
            return isString(t) || isNumber(t) || t.equals("true") || t.equals("false") || t.equals("null");
        }

        private static boolean isString(String t) {
            return t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '"');
        }

        private static boolean isNumber(String t) {
            return !t.isEmpty() && Character.isDigit(t.charAt(0));
        }

        private static boolean isIdentifier(String t) {
            return !t.isEmpty() && Character.isJavaIdentifierStart(t.charAt(0));
        }

        private String next() {
            return at < tokens.size() ? tokens.get(at++) : null;
        }

        private boolean peek(String t) {
            return at < tokens.size() && tokens.get(at).equals(t);
        }

        private String lookahead(int n) {
            return at + n < tokens.size() ? tokens.get(at + n) : null;
        }

        private boolean accept(String t) {
            if (peek(t)) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(String t) {
            if (!accept(t)) {
                throw refuse(Rule.E1);
            }
        }

        private Refused refuse(Rule rule) {
            return new Refused(new Refusal(rule, null));
        }

        private Refused refuse(Rule rule, String detail) {
            return new Refused(new Refusal(rule, detail));
        }

        /** Tokens of the body, or null when it holds a character outside the allowed subset. */
        static List<String> tokenize(String s) {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '\'' || c == '"') {
                    int j = i + 1;
                    while (j < s.length() && s.charAt(j) != c) {
                        j += s.charAt(j) == '\\' ? 2 : 1;
                    }
                    if (j >= s.length()) {
                        return null;
                    }
                    tokens.add(s.substring(i, j + 1));
                    i = j + 1;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.'
                            && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1)))) {
                        j++;
                    }
                    tokens.add(s.substring(i, j));
                    i = j;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int j = i;
                    while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                        j++;
                    }
                    tokens.add(s.substring(i, j));
                    i = j;
                } else {
                    String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                    if (List.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
                        tokens.add(two);
                        i += 2;
                    } else if ("<>!+-*/%?:().,[]".indexOf(c) >= 0) {
                        tokens.add(String.valueOf(c));
                        i++;
                    } else {
                        return null;
                    }
                }
            }
            return tokens;
        }

        private static String shorten(String s) {
            return s.length() <= 80 ? s : s.substring(0, 77) + "…";
        }

        static final class Refused extends RuntimeException {
            final Refusal refusal;

            Refused(Refusal refusal) {
                super(null, null, false, false);
                this.refusal = refusal;
            }
        }
    }
}
