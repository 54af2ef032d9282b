package dev.ferry.translate.taskdefinition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SnapshotsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void keyOrderDoesNotChangeTheSnapshot() throws Exception {
        var a = Snapshots.of(json("{\"family\":\"web\",\"cpu\":\"256\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"x\"}]}"));
        var b = Snapshots.of(json("{\"containerDefinitions\":[{\"image\":\"x\",\"name\":\"a\"}],\"cpu\":\"256\",\"family\":\"web\"}"));

        assertThat(a.hash()).isEqualTo(b.hash());
        assertThat(a.spec()).isEqualTo(b.spec());
    }

    @Test
    void outputOnlyFieldsOfDescribeOutputAreIgnored() throws Exception {
        var pasted = Snapshots.of(json("""
                {"family":"web","containerDefinitions":[{"name":"a","image":"x"}],
                 "taskDefinitionArn":"arn:aws:ecs:us-east-1:1:task-definition/web:7","revision":7,"status":"ACTIVE",
                 "requiresAttributes":[{"name":"com.amazonaws.ecs.capability.docker-remote-api.1.18"}],
                 "compatibilities":["EC2"],"registeredAt":"2024-01-01T00:00:00Z","registeredBy":"me",
                 "deregisteredAt":1.7E9,"deleteRequestedAt":null}"""));
        var plain = Snapshots.of(json("{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"x\"}]}"));

        assertThat(pasted.hash()).isEqualTo(plain.hash());
        assertThat(pasted.spec().has("revision")).isFalse();
    }

    @Test
    void explicitNullsEqualAbsentFields() throws Exception {
        var withNulls = Snapshots.of(json("{\"family\":\"web\",\"cpu\":null,\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"x\",\"user\":null}]}"));
        var without = Snapshots.of(json("{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"x\"}]}"));

        assertThat(withNulls.hash()).isEqualTo(without.hash());
    }

    @Test
    void anyRealChangeChangesTheHash() throws Exception {
        var v1 = Snapshots.of(json("{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"nginx:1.25\"}]}"));
        var v2 = Snapshots.of(json("{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"nginx:1.26\"}]}"));

        assertThat(v1.hash()).isNotEqualTo(v2.hash());
    }

    @Test
    void listOrderIsPartOfTheSpec() throws Exception {
        var ab = Snapshots.of(json("{\"family\":\"w\",\"containerDefinitions\":[{\"name\":\"a\"},{\"name\":\"b\"}]}"));
        var ba = Snapshots.of(json("{\"family\":\"w\",\"containerDefinitions\":[{\"name\":\"b\"},{\"name\":\"a\"}]}"));

        assertThat(ab.hash()).isNotEqualTo(ba.hash());
    }

    @Test
    void aStoredSnapshotHashesAsWhenItWasRecorded() throws Exception {
        var snapshot = Snapshots.of(json("{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"x\"}]}"));
        JsonNode roundTripped = JSON.readTree(JSON.writeValueAsString(snapshot.spec()));

        assertThat(Snapshots.hashOf(roundTripped)).isEqualTo(snapshot.hash());
    }
}
