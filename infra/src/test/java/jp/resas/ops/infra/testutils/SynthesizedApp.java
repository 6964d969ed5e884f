package jp.resas.ops.infra.testutils;

import java.util.Map;
import jp.resas.ops.infra.ResasOpsApp;
import jp.resas.ops.infra.lambda.FunctionsJar;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.constructs.IConstruct;

/**
 * The whole app, wired once per test JVM as {@code cdk synth} wires it (same stacks, same cdk-nag
 * aspect), with no CDK_DEFAULT_* variables: the offline, credential-free case. Synthesising is
 * slow (the jsii runtime and the asset copy), and the stacks are read-only to the tests.
 */
public final class SynthesizedApp {

    private SynthesizedApp() {
    }

    public static ResasOpsApp.Stacks stacks() {
        return Holder.STACKS;
    }

    /** Every stack of the app, so a stack added later is checked without being listed. */
    public static java.util.stream.Stream<Stack> allStacks() {
        return stacks().network().getNode().getScope().getNode().getChildren().stream()
                .filter(Stack.class::isInstance).map(Stack.class::cast);
    }

    public static Template template(Stack stack) {
        return Template.fromStack(stack);
    }

    /** The CloudFormation logical id of a construct's L1 resource, for Ref/GetAtt assertions. */
    public static String logicalId(IConstruct construct) {
        CfnElement element = (CfnElement) construct.getNode().getDefaultChild();
        return Stack.of(construct).getLogicalId(element);
    }

    private static final class Holder {
        private static final ResasOpsApp.Stacks STACKS =
                ResasOpsApp.wire(new App(), ResasOpsApp.environment(Map.of()), FunctionsJar.locate());
    }
}
