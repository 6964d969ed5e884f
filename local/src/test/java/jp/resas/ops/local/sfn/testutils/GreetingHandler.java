package jp.resas.ops.local.sfn.testutils;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A typed RequestHandler: the event is converted to {@link Person}. */
public class GreetingHandler implements RequestHandler<GreetingHandler.Person, GreetingHandler.Greeting> {

    /** The input type. */
    public record Person(String name, int age) {
    }

    /** The output type. */
    public record Greeting(String message, String function) {
    }

    @Override
    public Greeting handleRequest(Person person, Context context) {
        if (person.age() < 0) {
            throw new IllegalArgumentException("age must not be negative: " + person.age());
        }
        return new Greeting("Hello, " + person.name(), context.getFunctionName());
    }
}
