package io.roiassay.engine.caseio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.roiassay.engine.model.Case;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Binds a validated tree to {@link Case} with a strict mapper: nothing is guessed, coerced or dropped.
 * The schema has normally caught everything; what remains (such as {@code 3.0} for an integer, which
 * JSON Schema accepts) is reported as a problem, never as a Jackson exception.
 */
final class Binder {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(DocumentParser.NODES)
            .build();

    /** The bound case, or the problem that stopped binding. */
    Case bind(JsonNode tree) throws ParseFailure {
        try {
            return mapper.treeToValue(tree, Case.class);
        } catch (JsonMappingException e) {
            String pointer = pointer(e);
            throw new ParseFailure(Problem.at(pointer, message(e, tree.at(pointer))));
        } catch (JsonProcessingException e) {
            throw new ParseFailure(Problem.at("", "cannot read the case: " + ParseMessages.clean(
                    e.getOriginalMessage())));
        }
    }

    private static String pointer(JsonMappingException e) {
        String pointer = "";
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer = ref.getFieldName() != null ? Pointers.child(pointer, ref.getFieldName())
                    : Pointers.child(pointer, ref.getIndex());
        }
        return pointer;
    }

    private static String message(JsonMappingException e, JsonNode found) {
        Class<?> target = e instanceof MismatchedInputException ? ((MismatchedInputException) e).getTargetType()
                : null;
        if (target == null && found.isIntegralNumber()) {
            // Out of range for the Integer field: the schema sets no upper bound on counts.
            return "expected an integer of at most " + Integer.MAX_VALUE + ", got " + Values.show(found);
        }
        return "expected " + describe(target) + ", got " + Values.show(found);
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "a valid value";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == BigInteger.class) {
            return "an integer (without a decimal point)";
        }
        if (target == BigDecimal.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        return target.isEnum() ? "one of the listed names" : "a valid value";
    }
}
