package jp.resas.ops.ledger.configuration.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;

/**
 * CloudFormation on a {@link FakeAws}, in its Query/XML wire format (aws/ledger/README.md): DescribeStacks
 * in two pages (ResasOps-Api; then ResasOps-Ledgers and a REVIEW_IN_PROGRESS stack), ListStackResources
 * of ResasOps-Api in two pages, GetTemplate of each stack from {@link #templates} (tests change them).
 */
public final class CloudFormationAnswers {

    public static final String XML = "text/xml";
    public static final String API = "ResasOps-Api";
    public static final String LEDGERS = "ResasOps-Ledgers";

    /** The template each stack answers, by stack name. */
    public final Map<String, String> templates = new ConcurrentHashMap<>();
    /** The ListStackResources answer of ResasOps-Ledgers. */
    public volatile String ledgersResources = Resources.text("aws/ledger/apiref_list-stack-resources_ledgers.xml");

    public CloudFormationAnswers() {
        templates.put(API, Resources.text("aws/ledger/template_api.json"));
        templates.put(LEDGERS, Resources.text("aws/ledger/template_ledgers.json"));
    }

    /** Every stack of both DescribeStacks pages. */
    public CloudFormationAnswers serveAll(FakeAws aws) {
        aws.respond("DescribeStacks", XML, request -> Resources.text(request.form().containsKey("NextToken")
                ? "aws/ledger/apiref_describe-stacks_page2.xml" : "aws/ledger/apiref_describe-stacks_page1.xml"));
        return serveStacks(aws);
    }

    /** Only the second page's stacks (ResasOps-Ledgers), in one page. */
    public CloudFormationAnswers serveLedgersOnly(FakeAws aws) {
        aws.respond("DescribeStacks", XML, request -> Resources.text("aws/ledger/apiref_describe-stacks_page2.xml"));
        return serveStacks(aws);
    }

    private CloudFormationAnswers serveStacks(FakeAws aws) {
        aws.respond("ListStackResources", XML, request -> {
            if (request.form().get("StackName").contains("/" + API + "/")) {
                return Resources.text(request.form().containsKey("NextToken")
                        ? "aws/ledger/apiref_list-stack-resources_api_page2.xml"
                        : "aws/ledger/apiref_list-stack-resources_api_page1.xml");
            }
            return ledgersResources;
        });
        aws.respond("GetTemplate", XML, request -> getTemplate(templates.get(
                request.form().get("StackName").contains("/" + API + "/") ? API : LEDGERS)));
        return this;
    }

    /** GetTemplateResponse: the template as escaped text in TemplateBody, as the API reference shows it. */
    public static String getTemplate(String template) {
        return "<GetTemplateResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"><GetTemplateResult>"
                + "<TemplateBody>" + template.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;") + "</TemplateBody><StagesAvailable><member>Original</member>"
                + "<member>Processed</member></StagesAvailable></GetTemplateResult><ResponseMetadata>"
                + "<RequestId>3c9e1f1a-ac1d-11e0-a958-f9382b6eb86b</RequestId></ResponseMetadata></GetTemplateResponse>";
    }

    /** The Query protocol's error document. */
    public static byte[] error(String code, String message) {
        return ("<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"><Error><Type>Sender</Type>"
                + "<Code>" + code + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>00000000-0000-0000-0000-000000000002</RequestId></ErrorResponse>").getBytes(StandardCharsets.UTF_8);
    }
}
