package jp.resas.ops.sfn.internal.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.sfn.Json;

/**
 * Resolves the CloudFormation intrinsics CDK puts into definitions ({@code Fn::Join}, {@code Ref},
 * {@code Fn::GetAtt}, {@code Fn::Sub}) to the values they would have locally: a resource's physical
 * name is its name property when set, else its logical id.
 */
public final class CfnResolver {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final JsonNode resources;
    private final String region;
    private final String account;

    public CfnResolver(JsonNode resources, String region, String account) {
        this.resources = resources;
        this.region = region;
        this.account = account;
    }

    public JsonNode resolve(JsonNode node) {
        if (node.isObject() && node.size() == 1) {
            String fn = node.fieldNames().next();
            JsonNode arg = node.get(fn);
            switch (fn) {
                case "Ref":
                    return Json.text(ref(arg.asText()));
                case "Fn::GetAtt":
                    return Json.text(getAtt(arg.isArray() ? arg.get(0).asText() : arg.asText().split("\\.")[0],
                            arg.isArray() ? arg.get(1).asText() : arg.asText().split("\\.", 2)[1]));
                case "Fn::Join":
                    StringBuilder sb = new StringBuilder();
                    JsonNode parts = resolve(arg.get(1));
                    for (int i = 0; i < parts.size(); i++) {
                        sb.append(i > 0 ? arg.get(0).asText() : "").append(resolve(parts.get(i)).asText());
                    }
                    return Json.text(sb.toString());
                case "Fn::Sub":
                    return Json.text(sub(arg.isArray() ? arg.get(0).asText() : arg.asText(),
                            arg.isArray() ? arg.get(1) : Json.object()));
                default:
                    break;
            }
        }
        if (node.isObject()) {
            ObjectNode out = Json.object();
            node.fields().forEachRemaining(f -> out.set(f.getKey(), resolve(f.getValue())));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Json.array();
            node.forEach(v -> out.add(resolve(v)));
            return out;
        }
        return node;
    }

    private String sub(String template, JsonNode variables) {
        Matcher m = SUB_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (variables.has(name)) {
                value = resolve(variables.get(name)).asText();
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                String[] parts = name.split("\\.", 2);
                value = getAtt(parts[0], parts[1]);
            } else {
                value = ref(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replace("${!", "${");
    }

    private String ref(String name) {
        switch (name) {
            case "AWS::Partition":
                return "aws";
            case "AWS::Region":
                return region;
            case "AWS::AccountId":
                return account;
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::StackName":
                return "local";
            default:
                break;
        }
        JsonNode resource = resource(name);
        String type = resource.path("Type").asText();
        String physical = physicalName(name, resource);
        return switch (type) {
            case "AWS::SNS::Topic" -> "arn:aws:sns:" + region + ":" + account + ":" + physical;
            case "AWS::SQS::Queue" -> "https://sqs." + region + ".amazonaws.com/" + account + "/" + physical;
            case "AWS::StepFunctions::StateMachine" -> "arn:aws:states:" + region + ":" + account
                    + ":stateMachine:" + physical;
            case "AWS::Lambda::Version", "AWS::Lambda::Alias" -> getAtt(name, "Arn");
            default -> physical;
        };
    }

    private String getAtt(String logicalId, String attribute) {
        JsonNode resource = resource(logicalId);
        String type = resource.path("Type").asText();
        String physical = physicalName(logicalId, resource);
        if (!attribute.equals("Arn")) {
            return attribute.equals("Name") || attribute.equals("TopicName") || attribute.equals("QueueName")
                    ? physical : logicalId + "." + attribute;
        }
        return switch (type) {
            case "AWS::Lambda::Function" -> "arn:aws:lambda:" + region + ":" + account + ":function:" + physical;
            case "AWS::Lambda::Version", "AWS::Lambda::Alias" -> {
                JsonNode fn = resource.path("Properties").path("FunctionName");
                yield "arn:aws:lambda:" + region + ":" + account + ":function:"
                        + jp.resas.ops.sfn.LambdaFunctions.functionName(resolve(fn).asText());
            }
            case "AWS::S3::Bucket" -> "arn:aws:s3:::" + physical;
            case "AWS::SNS::Topic" -> ref(logicalId);
            case "AWS::SQS::Queue" -> "arn:aws:sqs:" + region + ":" + account + ":" + physical;
            case "AWS::DynamoDB::Table" -> "arn:aws:dynamodb:" + region + ":" + account + ":table/" + physical;
            case "AWS::StepFunctions::StateMachine" -> ref(logicalId);
            case "AWS::IAM::Role" -> "arn:aws:iam::" + account + ":role/" + physical;
            default -> "arn:aws:local:" + region + ":" + account + ":" + physical;
        };
    }

    /** The name a Lambda function's ARN carries locally. */
    public String functionName(String logicalId) {
        return physicalName(logicalId, resource(logicalId));
    }

    private String physicalName(String logicalId, JsonNode resource) {
        JsonNode props = resource.path("Properties");
        for (String field : new String[] {"FunctionName", "BucketName", "TopicName", "QueueName", "TableName",
                "StateMachineName", "RoleName"}) {
            if (props.hasNonNull(field) && !resource.path("Type").asText().matches("AWS::Lambda::(Version|Alias)")) {
                return resolve(props.get(field)).asText();
            }
        }
        return logicalId;
    }

    private JsonNode resource(String logicalId) {
        JsonNode resource = resources.get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("The template references resource '" + logicalId
                    + "', which it does not define");
        }
        return resource;
    }
}
