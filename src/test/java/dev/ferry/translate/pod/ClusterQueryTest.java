package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterQueryTest {

    /** Terms as text: terms separated by " | ", requirements within a term by " & ". */
    private static String render(String expression) throws Exception {
        List<ClusterQuery.Dropped> dropped = new ArrayList<>();
        List<NodeSelectorTerm> terms = ClusterQuery.terms(expression, dropped);
        if (terms == null) {
            return "<any node>";
        }
        return terms.stream().map(t -> t.getMatchExpressions().stream().map(ClusterQueryTest::render)
                .collect(Collectors.joining(" & "))).collect(Collectors.joining(" | "));
    }

    private static String render(NodeSelectorRequirement r) {
        return r.getKey() + " " + r.getOperator() + (r.getValues() == null ? "" : " " + r.getValues());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "attribute:ecs.instance-type == t2.small; node.kubernetes.io/instance-type In [t2.small]",
            "attribute:ecs.instance-type equals t2.small; node.kubernetes.io/instance-type In [t2.small]",
            "attribute:ecs.availability-zone != us-east-1a; topology.kubernetes.io/zone NotIn [us-east-1a]",
            "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]; topology.kubernetes.io/zone In [us-east-1a, us-east-1b]",
            "attribute:ecs.availability-zone !in ['us-east-1a']; topology.kubernetes.io/zone NotIn [us-east-1a]",
            "attribute:ecs.availability-zone not_in [us-east-1a]; topology.kubernetes.io/zone NotIn [us-east-1a]",
            "attribute:ecs.os-type == LINUX; kubernetes.io/os In [linux]",
            "attribute:ecs.cpu-architecture == x86_64; kubernetes.io/arch In [amd64]",
            "attribute:ecs.cpu-architecture == arm64; kubernetes.io/arch In [arm64]",
            "attribute:gpu exists; gpu Exists",
            "attribute:gpu !exists; gpu DoesNotExist",
            "attribute:gpu not_exists; gpu DoesNotExist",
            "attribute:example.com/tier == gold; example.com/tier In [gold]",
            "attribute:cores > 4; cores Gt [4]",
            "attribute:cores >= 4; cores Gt [3]",
            "attribute:cores < 4; cores Lt [4]",
            "attribute:cores less_than_equal 4; cores Lt [5]",
    })
    void atomsBecomeNodeSelectorRequirements(String expression, String expected) throws Exception {
        assertThat(render(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "attribute:a == 1 && attribute:b == 2; a In [1] & b In [2]",
            "attribute:a == 1 and attribute:b == 2; a In [1] & b In [2]",
            "attribute:a == 1 || attribute:b == 2; a In [1] | b In [2]",
            "attribute:a == 1 || attribute:b == 2 && attribute:c == 3; a In [1] | b In [2] & c In [3]",
            "(attribute:a == 1 || attribute:b == 2) && attribute:c == 3; a In [1] & c In [3] | b In [2] & c In [3]",
            "!(attribute:a == 1 || attribute:b exists); a NotIn [1] & b DoesNotExist",
            "not(attribute:a == 1 && attribute:cores > 4); a NotIn [1] | cores Lt [5]",
            "!(attribute:cores >= 4); cores Lt [4]",
            "!(attribute:cores <= 4); cores Gt [4]",
            "!!(attribute:a in [x, y]); a In [x, y]",
    })
    void compoundExpressionsBecomeDisjunctiveNormalForm(String expression, String expected) throws Exception {
        assertThat(render(expression)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "attribute:ecs.instance-type =~ t2.*",
            "agentVersion >= 1.50.0",
            "ec2InstanceId in ['i-abcd1234', 'i-wxyz7890']",
            "task:group == service:production",
            "registeredAt > 2018-06-18T22:28:28Z",
            "attribute:ecs.ami-id == ami-0123",
            "attribute:cores > many",
    })
    void untranslatableAtomsAreDroppedNeverMadeStricter(String expression) throws Exception {
        List<ClusterQuery.Dropped> dropped = new ArrayList<>();
        assertThat(ClusterQuery.terms(expression, dropped)).isNull();
        assertThat(dropped).hasSize(1);
    }

    @Test
    void aDroppedAtomInAConjunctionRelaxesOnlyThatConjunction() throws Exception {
        List<ClusterQuery.Dropped> dropped = new ArrayList<>();
        List<NodeSelectorTerm> terms = ClusterQuery.terms(
                "attribute:ecs.instance-type =~ t2.* && attribute:ecs.availability-zone == us-east-1a", dropped);
        assertThat(terms).hasSize(1);
        assertThat(terms.get(0).getMatchExpressions()).extracting(NodeSelectorRequirement::getKey)
                .containsExactly("topology.kubernetes.io/zone");
        assertThat(dropped).extracting(ClusterQuery.Dropped::atom).containsExactly("attribute:ecs.instance-type =~ t2.*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "attribute:a ==", "attribute:a in [x", "attribute:a == 1 &&", "(attribute:a == 1",
            "attribute:a ~= 1", "attribute:a == 'unterminated", "attribute:a == 1 attribute:b == 2"})
    void malformedExpressionsAreRejected(String expression) {
        assertThatThrownBy(() -> ClusterQuery.terms(expression, new ArrayList<>()))
                .isInstanceOf(ClusterQuery.InvalidExpression.class);
    }

    @Test
    void normalFormsBeyondTheTermLimitAreRejected() {
        String clause = "(attribute:a == 1 || attribute:b == 2)";
        String expression = String.join(" && ", java.util.Collections.nCopies(7, clause)); // 2^7 = 128 terms
        assertThatThrownBy(() -> ClusterQuery.terms(expression, new ArrayList<>()))
                .isInstanceOf(ClusterQuery.InvalidExpression.class).hasMessageContaining("64");
    }

    @Test
    void andOfTermListsIsTheirCrossProduct() throws Exception {
        List<NodeSelectorTerm> left = ClusterQuery.terms("attribute:a == 1 || attribute:b == 2", new ArrayList<>());
        List<NodeSelectorTerm> right = ClusterQuery.terms("attribute:c == 3 || attribute:d == 4", new ArrayList<>());
        List<NodeSelectorTerm> product = ClusterQuery.and(left, right);
        assertThat(product).hasSize(4);
        assertThat(product.get(1).getMatchExpressions()).extracting(NodeSelectorRequirement::getKey)
                .containsExactly("a", "d");
        assertThat(ClusterQuery.and(null, right)).isSameAs(right);
        assertThat(ClusterQuery.and(left, null)).isSameAs(left);
    }
}
