package dev.ferry.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskDefinitionRefTest {

    @ParameterizedTest
    @CsvSource({
            "web, web, 0",
            "web:3, web, 3",
            "my_App-2:12, my_App-2, 12",
            "arn:aws:ecs:us-east-1:123456789012:task-definition/web:5, web, 5",
            "arn:aws-cn:ecs:cn-north-1:123456789012:task-definition/web, web, 0",
            "arn:aws-us-gov:ecs:us-gov-west-1:1:task-definition/a_b:1, a_b, 1",
    })
    void parsesTheFormsEcsAccepts(String reference, String family, int revision) {
        TaskDefinitionRef ref = TaskDefinitionRef.parse(reference).orElseThrow();

        assertThat(ref.family()).isEqualTo(family);
        assertThat(ref.revision()).isEqualTo(revision == 0 ? OptionalInt.empty() : OptionalInt.of(revision));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "web:", "web:0", "web:x", "we b", "web:1:2", "arn:aws:s3:::bucket/key",
            "arn:aws:ecs:us-east-1:1:task-definition/", "{{family}}"})
    void rejectsMalformedReferences(String reference) {
        assertThat(TaskDefinitionRef.parse(reference)).isEmpty();
    }
}
