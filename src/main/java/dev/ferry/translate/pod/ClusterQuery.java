package dev.ferry.translate.pod;

import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ECS cluster query language of {@code memberOf} placement constraints → node affinity terms.
 *
 * <p>Grammar (ECS Developer Guide, "cluster query language"): {@code subject operator [argument]}, operators
 * {@code == != > >= < <= exists !exists in !in =~ !~} and their word forms ({@code equals}, {@code not_in}...),
 * argument lists {@code [a, b]}, compound {@code && || !} (or {@code and or not}) with parentheses; {@code !} binds
 * tighter than {@code &&}, which binds tighter than {@code ||}. The expression is brought to disjunctive normal form:
 * each OR branch becomes one {@code nodeSelectorTerms[]} entry (Kubernetes ORs terms) whose {@code matchExpressions}
 * (ANDed) are the branch's atoms.
 *
 * <p>An atom Ferry cannot express as a node label requirement (=~, agentVersion, task:group, ecs.ami-id...) is
 * dropped, i.e. treated as true, and reported: Ferry never places more strictly than ECS would.
 */
final class ClusterQuery {
    /** Most terms Ferry emits for one pod; the DNF of a long expression can grow exponentially. */
    static final int MAX_TERMS = 64;

    private static final Map<String, String> ATTRIBUTE_LABELS = Map.of(
            "ecs.availability-zone", "topology.kubernetes.io/zone",
            "ecs.instance-type", "node.kubernetes.io/instance-type",
            "ecs.os-type", "kubernetes.io/os",
            "ecs.cpu-architecture", "kubernetes.io/arch");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

    private ClusterQuery() {
    }

    /** A syntax error, or an expression whose normal form is too large. */
    static final class InvalidExpression extends Exception {
        InvalidExpression(String message) {
            super(message);
        }
    }

    /** An atom Ferry dropped, with why. */
    record Dropped(String atom, String reason) {
    }

    /**
     * The node selector terms equivalent to {@code expression}, or null when it does not restrict nodes (an OR
     * branch holds everywhere once untranslatable atoms are dropped); {@code dropped} receives every atom dropped.
     */
    static List<NodeSelectorTerm> terms(String expression, List<Dropped> dropped) throws InvalidExpression {
        Node node = new Parser(expression).parseAll();
        List<List<Literal>> dnf = dnf(node, false);
        List<NodeSelectorTerm> terms = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        boolean unrestricted = false;
        for (List<Literal> conjunction : dnf) {
            List<NodeSelectorRequirement> requirements = new ArrayList<>();
            for (Literal literal : conjunction) {
                Translation t = translate(literal);
                if (t.requirement() != null) {
                    requirements.add(t.requirement());
                } else if (!seen.contains(literal.atom().text())) {
                    seen.add(literal.atom().text());
                    dropped.add(new Dropped(literal.atom().text(), t.reason()));
                }
            }
            if (requirements.isEmpty()) {
                unrestricted = true; // this branch holds on every node, so the whole expression does
            } else {
                NodeSelectorTerm term = new NodeSelectorTerm();
                term.setMatchExpressions(requirements);
                terms.add(term);
            }
        }
        return unrestricted ? null : terms;
    }

    /** AND of two term lists (null = no restriction): the cross product, each pair's requirements joined. */
    static List<NodeSelectorTerm> and(List<NodeSelectorTerm> a, List<NodeSelectorTerm> b) throws InvalidExpression {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if ((long) a.size() * b.size() > MAX_TERMS) {
            throw new InvalidExpression("the constraints together need more than " + MAX_TERMS
                    + " node selector terms; simplify them");
        }
        List<NodeSelectorTerm> product = new ArrayList<>();
        for (NodeSelectorTerm x : a) {
            for (NodeSelectorTerm y : b) {
                NodeSelectorTerm term = new NodeSelectorTerm();
                List<NodeSelectorRequirement> expressions = new ArrayList<>(x.getMatchExpressions());
                expressions.addAll(y.getMatchExpressions());
                List<NodeSelectorRequirement> fields = new ArrayList<>(x.getMatchFields());
                fields.addAll(y.getMatchFields());
                term.setMatchExpressions(expressions);
                term.setMatchFields(fields);
                product.add(term);
            }
        }
        return product;
    }

    // ---- translation of one literal ----

    private record Translation(NodeSelectorRequirement requirement, String reason) {
        static Translation drop(String reason) {
            return new Translation(null, reason);
        }
    }

    private static Translation translate(Literal literal) {
        Atom atom = literal.atom();
        if (!atom.subject().startsWith("attribute:")) {
            return Translation.drop("subject " + atom.subject() + " has no node label equivalent");
        }
        String attribute = atom.subject().substring("attribute:".length());
        String key = ATTRIBUTE_LABELS.get(attribute);
        if (key == null) {
            if (attribute.startsWith("ecs.")) {
                return Translation.drop("ECS attribute " + attribute + " has no Kubernetes node label equivalent");
            }
            if (!MetadataSyntax.isLabelKey(attribute)) {
                return Translation.drop("attribute " + attribute + " is not a valid Kubernetes label key");
            }
            key = attribute;
        }
        String operator = atom.operator();
        boolean negated = literal.negated();
        List<String> values = atom.arguments().stream().map(v -> value(attribute, v)).toList();
        return switch (operator) {
            case "==", "in" -> new Translation(requirement(key, negated ? "NotIn" : "In", values), null);
            case "!=", "!in" -> new Translation(requirement(key, negated ? "In" : "NotIn", values), null);
            case "exists" -> new Translation(requirement(key, negated ? "DoesNotExist" : "Exists", null), null);
            case "!exists" -> new Translation(requirement(key, negated ? "Exists" : "DoesNotExist", null), null);
            case ">", ">=", "<", "<=" -> comparison(key, operator, negated, values.get(0));
            default -> Translation.drop("pattern matching (" + operator + ") has no node affinity equivalent");
        };
    }

    private static Translation comparison(String key, String operator, boolean negated, String value) {
        if (!INTEGER.matcher(value).matches()) {
            return Translation.drop("node affinity compares integers only, not " + value);
        }
        long n = Long.parseLong(value);
        String op = negated ? switch (operator) {
            case ">" -> "<=";
            case ">=" -> "<";
            case "<" -> ">=";
            default -> ">";
        } : operator;
        return new Translation(switch (op) {
            case ">" -> requirement(key, "Gt", List.of(Long.toString(n)));
            case ">=" -> requirement(key, "Gt", List.of(Long.toString(n - 1)));
            case "<" -> requirement(key, "Lt", List.of(Long.toString(n)));
            default -> requirement(key, "Lt", List.of(Long.toString(n + 1)));
        }, null);
    }

    /** ECS attribute values → Kubernetes label values where the vocabularies differ. */
    private static String value(String attribute, String value) {
        if ("ecs.cpu-architecture".equals(attribute)) {
            return "x86_64".equalsIgnoreCase(value) ? "amd64" : value.toLowerCase(Locale.ROOT);
        }
        if ("ecs.os-type".equals(attribute)) {
            return value.toLowerCase(Locale.ROOT);
        }
        return value;
    }

    private static NodeSelectorRequirement requirement(String key, String operator, List<String> values) {
        NodeSelectorRequirement r = new NodeSelectorRequirement();
        r.setKey(key);
        r.setOperator(operator);
        r.setValues(values == null ? null : List.copyOf(values));
        return r;
    }

    // ---- syntax tree and normal form ----

    private sealed interface Node permits Atom, And, Or, Not {
    }

    /** One comparison; {@code operator} in its symbolic form. */
    private record Atom(String subject, String operator, List<String> arguments, String text) implements Node {
    }

    private record And(Node left, Node right) implements Node {
    }

    private record Or(Node left, Node right) implements Node {
    }

    private record Not(Node operand) implements Node {
    }

    private record Literal(Atom atom, boolean negated) {
    }

    private static List<List<Literal>> dnf(Node node, boolean negated) throws InvalidExpression {
        if (node instanceof Atom atom) {
            return List.of(List.of(new Literal(atom, negated)));
        }
        if (node instanceof Not not) {
            return dnf(not.operand(), !negated);
        }
        Node left = node instanceof And and ? and.left() : ((Or) node).left();
        Node right = node instanceof And and ? and.right() : ((Or) node).right();
        boolean conjunction = node instanceof And != negated; // De Morgan: !(a && b) = !a || !b
        List<List<Literal>> l = dnf(left, negated);
        List<List<Literal>> r = dnf(right, negated);
        if (!conjunction) {
            List<List<Literal>> union = new ArrayList<>(l);
            union.addAll(r);
            if (union.size() > MAX_TERMS) {
                throw new InvalidExpression("the expression needs more than " + MAX_TERMS + " node selector terms");
            }
            return union;
        }
        if ((long) l.size() * r.size() > MAX_TERMS) {
            throw new InvalidExpression("the expression needs more than " + MAX_TERMS + " node selector terms");
        }
        List<List<Literal>> product = new ArrayList<>();
        for (List<Literal> a : l) {
            for (List<Literal> b : r) {
                List<Literal> term = new ArrayList<>(a);
                term.addAll(b);
                product.add(term);
            }
        }
        return product;
    }

    // ---- parser ----

    private static final class Parser {
        private final String source;
        private final List<String> tokens;
        private int position;

        Parser(String source) throws InvalidExpression {
            this.source = source == null ? "" : source;
            this.tokens = tokenize(this.source);
        }

        Node parseAll() throws InvalidExpression {
            if (tokens.isEmpty()) {
                throw new InvalidExpression("the expression is empty");
            }
            Node node = or();
            if (position < tokens.size()) {
                throw new InvalidExpression("unexpected " + tokens.get(position));
            }
            return node;
        }

        private Node or() throws InvalidExpression {
            Node node = and();
            while (accept("||") || accept("or")) {
                node = new Or(node, and());
            }
            return node;
        }

        private Node and() throws InvalidExpression {
            Node node = unary();
            while (accept("&&") || accept("and")) {
                node = new And(node, unary());
            }
            return node;
        }

        private Node unary() throws InvalidExpression {
            if (accept("!") || accept("not")) {
                return new Not(unary());
            }
            if (accept("(")) {
                Node node = or();
                expect(")");
                return node;
            }
            return comparison();
        }

        private Node comparison() throws InvalidExpression {
            int start = position;
            String subject = word("a subject (attribute:NAME, ...)");
            String operator = operator();
            List<String> arguments = new ArrayList<>();
            switch (operator) {
                case "exists", "!exists" -> {
                }
                case "in", "!in" -> {
                    expect("[");
                    arguments.add(word("a value"));
                    while (accept(",")) {
                        arguments.add(word("a value"));
                    }
                    expect("]");
                }
                default -> arguments.add(word("a value"));
            }
            return new Atom(subject, operator, List.copyOf(arguments), String.join(" ", tokens.subList(start, position)));
        }

        private String operator() throws InvalidExpression {
            if (position >= tokens.size()) {
                throw new InvalidExpression("expected an operator after " + tokens.get(position - 1));
            }
            String token = tokens.get(position++);
            if ("!".equals(token) && position < tokens.size()) {
                String next = tokens.get(position);
                if ("exists".equals(next) || "in".equals(next)) {
                    position++;
                    return "!" + next;
                }
            }
            return switch (token) {
                case "==", "equals" -> "==";
                case "!=", "not_equals" -> "!=";
                case ">", "greater_than" -> ">";
                case ">=", "greater_than_equal" -> ">=";
                case "<", "less_than" -> "<";
                case "<=", "less_than_equal" -> "<=";
                case "exists" -> "exists";
                case "not_exists" -> "!exists";
                case "in" -> "in";
                case "not_in" -> "!in";
                case "=~", "matches" -> "=~";
                case "!~", "not_matches" -> "!~";
                default -> throw new InvalidExpression("unknown operator " + token);
            };
        }

        private String word(String what) throws InvalidExpression {
            if (position >= tokens.size()) {
                throw new InvalidExpression("expected " + what + " at the end");
            }
            String token = tokens.get(position);
            if (isPunctuation(token)) {
                throw new InvalidExpression("expected " + what + ", found " + token);
            }
            position++;
            return unquote(token);
        }

        private boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equals(token)) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(String token) throws InvalidExpression {
            if (!accept(token)) {
                throw new InvalidExpression("expected " + token
                        + (position < tokens.size() ? ", found " + tokens.get(position) : " at the end"));
            }
        }

        private static boolean isPunctuation(String token) {
            return List.of("(", ")", "[", "]", ",", "&&", "||", "!", "==", "!=", ">", ">=", "<", "<=", "=~", "!~")
                    .contains(token);
        }

        private static String unquote(String token) {
            if (token.length() >= 2 && (token.startsWith("'") && token.endsWith("'")
                    || token.startsWith("\"") && token.endsWith("\""))) {
                return token.substring(1, token.length() - 1);
            }
            return token;
        }

        private static List<String> tokenize(String s) throws InvalidExpression {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if ("()[],".indexOf(c) >= 0) {
                    tokens.add(String.valueOf(c));
                    i++;
                } else if (c == '\'' || c == '"') {
                    int end = s.indexOf(c, i + 1);
                    if (end < 0) {
                        throw new InvalidExpression("unterminated quoted value");
                    }
                    tokens.add(s.substring(i, end + 1));
                    i = end + 1;
                } else if ("&|=!<>~".indexOf(c) >= 0) {
                    String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                    if (List.of("&&", "||", "==", "!=", ">=", "<=", "=~", "!~").contains(two)) {
                        tokens.add(two);
                        i += 2;
                    } else if (c == '!' || c == '<' || c == '>') {
                        tokens.add(String.valueOf(c));
                        i++;
                    } else {
                        throw new InvalidExpression("unexpected " + c);
                    }
                } else {
                    int start = i;
                    while (i < s.length() && !Character.isWhitespace(s.charAt(i))
                            && "()[],'\"&|=!<>~".indexOf(s.charAt(i)) < 0) {
                        i++;
                    }
                    tokens.add(s.substring(start, i));
                }
            }
            return tokens;
        }
    }
}
