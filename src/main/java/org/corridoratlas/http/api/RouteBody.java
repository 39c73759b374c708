package org.corridoratlas.http.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.http.QueryParams;

/**
 * The JSON body of POST /api/routes, typed strictly, turned into the same {@link QueryParams} a GET gives: only
 * {@code application/json} (else 415); no unknown members, no trailing text; strings where strings belong (no
 * numbers or objects coerced), lists as arrays of strings or one separated string; a number where a number belongs.
 */
record RouteBody(String from, String to, List<String> via, List<String> modes, List<String> avoid, String asOf,
    String optimize, Integer alternatives, String f) {

  private static final ObjectReader READER = reader();

  private static ObjectReader reader() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build();
    for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Collection}) {
      for (CoercionInputShape shape : CoercionInputShape.values()) {
        mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
      }
    }
    // What each type may legitimately be read from: a string from a string, an integer from an integer, a list
    // from an array (or one string, ACCEPT_SINGLE_VALUE_AS_ARRAY).
    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.Array, CoercionAction.TryConvert);
    return mapper.readerFor(RouteBody.class);
  }

  /** The body and the query string together, each parameter once, as {@link QueryParams}. */
  static QueryParams read(Context ctx, Set<String> allowed) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].trim();
    if (!type.equalsIgnoreCase("application/json")) {
      throw new HttpResponseException(415, "POST /api/routes takes application/json (was "
          + (type.isEmpty() ? "no Content-Type" : QueryParams.quote(type)) + "); or use GET with a query string.");
    }
    RouteBody body;
    try {
      body = READER.readValue(ctx.bodyAsBytes());
    } catch (UnrecognizedPropertyException e) {
      throw new BadParameter(QueryParams.quote(e.getPropertyName()), "unknown member; the body takes "
          + String.join(", ", allowed.stream().sorted().toList()));
    } catch (JsonMappingException e) {
      String field = e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null ? "body"
          : e.getPath().get(0).getFieldName();
      if (field.equals("body") && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
        throw new BadParameter("body", "text after the JSON object");
      }
      throw new BadParameter(field, "wrong type: expected " + expected(field));
    } catch (JsonProcessingException e) {
      throw new BadParameter("body", "not JSON: " + body(e));
    } catch (IOException e) {
      throw new BadParameter("body", "could not be read");
    }
    if (body == null) {
      throw new BadParameter("body", "must be a JSON object");
    }
    Map<String, List<String>> raw = new LinkedHashMap<>(ctx.queryParamMap());
    body.put(raw, "from", body.from(), null);
    body.put(raw, "to", body.to(), null);
    body.put(raw, "via", body.via(), ";");
    body.put(raw, "modes", body.modes(), ",");
    body.put(raw, "avoid", body.avoid(), ",");
    body.put(raw, "asOf", body.asOf(), null);
    body.put(raw, "optimize", body.optimize(), null);
    body.put(raw, "alternatives", body.alternatives() == null ? null : body.alternatives().toString(), null);
    body.put(raw, "f", body.f(), null);
    return QueryParams.of(raw, allowed);
  }

  private void put(Map<String, List<String>> raw, String name, Object value, String separator) {
    if (value == null) {
      return;
    }
    String text = value instanceof List<?> list
        ? String.join(separator, list.stream().map(v -> v == null ? "" : v.toString()).toList()) : value.toString();
    // Given in both the body and the query string: QueryParams refuses it as given twice.
    raw.merge(name, List.of(text), (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
  }

  private static String expected(String field) {
    return switch (field) {
      case "via", "modes", "avoid" -> "an array of strings or one string";
      case "alternatives" -> "an integer";
      case "body" -> "a JSON object";
      default -> "a string";
    };
  }

  private static String body(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return message.lines().findFirst().orElse("").replaceAll("\\(for .*?\\)", "").trim();
  }
}
