package jp.resas.ops.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import jp.resas.ops.common.InvalidInputException;

/**
 * JSON is read as written, never coerced: an integer field refuses {@code 2.7} and {@code "0"}; a text
 * refuses an array or object, NUL and lone surrogates (which PostgreSQL cannot store, or stores as {@code ?}); an API body
 * (a record of a {@code web} package) refuses properties it does not declare. Each refusal names the
 * field; {@link ApiErrors} answers it 400.
 */
@Singleton
final class StrictJson implements BeanCreatedEventListener<ObjectMapper> {

    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        ObjectMapper mapper = event.getBean();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.addHandler(new UnknownPropertyRefusal());
        mapper.registerModule(new SimpleModule("resas-strict-text").addDeserializer(String.class, new CheckedText()));
        return mapper;
    }

    /** Our API bodies declare every property they take; anything else is a client's mistake. */
    static final class UnknownPropertyRefusal extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (type.getName().startsWith("jp.resas.ops.") && type.getPackageName().contains(".web")) {
                throw new InvalidInputException(propertyName, propertyName + " は指定できない項目です。");
            }
            return false;
        }
    }

    /**
     * Text as Jackson reads it, refused when it holds a NUL or half of a surrogate pair; in a request body
     * (a property of a record of a {@code web} package, lists and maps in it included) also when longer
     * than {@link TextLimits} allows.
     */
    static final class CheckedText extends StringDeserializer implements ContextualDeserializer {

        private final boolean requestBody;

        CheckedText() {
            this(false);
        }

        private CheckedText(boolean requestBody) {
            this.requestBody = requestBody;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            boolean request = property != null && property.getMember() != null
                    && isRequestType(property.getMember().getDeclaringClass());
            return request == requestBody ? this : new CheckedText(request);
        }

        static boolean isRequestType(Class<?> type) {
            return type != null && type.getName().startsWith("jp.resas.ops.") && type.getPackageName().contains(".web");
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.isExpectedStartArrayToken() || p.isExpectedStartObjectToken()) {
                // ["x"] or {"a":1} where a text is expected: refused, never unwrapped or flattened.
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = super.deserialize(p, ctxt);
            if (text != null && !TextCheck.storable(text)) {
                String field = p.currentName() == null ? null : p.currentName();
                throw new InvalidInputException(field, (field == null ? "値" : field)
                        + " に使用できない文字 (NUL 文字または不正なサロゲート) が含まれています。");
            }
            if (requestBody && text != null) {
                int max = TextLimits.of(p.currentName());
                if (text.codePointCount(0, text.length()) > max) {
                    throw new TooLongText(max);
                }
            }
            return text;
        }
    }

    /** A request text over its limit; {@link ApiErrors} names it by its JSON path ({@code fields.body}). */
    static final class TooLongText extends RuntimeException {

        private final int max;

        TooLongText(int max) {
            super(null, null, false, false);
            this.max = max;
        }

        int max() {
            return max;
        }
    }
}
