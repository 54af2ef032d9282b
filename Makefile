# Ferry developer commands. Each target is one or two ./mvnw calls: read them to see what runs.
MVN ?= ./mvnw -B

.PHONY: run test crds e2e lint build clean

## run: start Ferry against the current kubeconfig context, or an embedded API server if there is none
run: build
	$(MVN) -q exec:java@dev

## test: unit tests, integration tests (mock API server), e2e tests where a cluster is available
test:
	$(MVN) verify

## build: compile and package the operator (target/quarkus-app)
build:
	$(MVN) -q package -DskipTests

## crds: regenerate crds/ and charts/ferry/crds/ from the model (commit the result)
crds:
	$(MVN) -q test-compile exec:java@crds

## e2e: only the end-to-end tests, against FERRY_E2E_KUBECONFIG or k3s (Docker)
e2e:
	$(MVN) verify -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false

## lint: compile with all warnings as errors, and check generated files are current
lint:
	$(MVN) -q test-compile -Dmaven.compiler.failOnWarning=true -Dmaven.compiler.showWarnings=true
	$(MVN) -q test -Dtest=CrdsUpToDateTest,ArchitectureTest

clean:
	$(MVN) -q clean
