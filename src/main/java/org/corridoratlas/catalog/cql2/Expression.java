package org.corridoratlas.catalog.cql2;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.PartialDate;
import org.corridoratlas.geodata.Status;
import org.locationtech.jts.geom.Geometry;

/**
 * A CQL2 boolean expression over one feature, with SQL's three-valued logic: a comparison with a missing value
 * is unknown (null), and a feature passes only when the whole filter is true.
 */
public sealed interface Expression {
  /** {@code day} is the date whose status {@code status} compares with. */
  Boolean test(Feature f, LocalDate day);

  record And(Expression left, Expression right) implements Expression {
    public Boolean test(Feature f, LocalDate day) {
      return junction(left, right, f, day, false);
    }
  }

  record Or(Expression left, Expression right) implements Expression {
    public Boolean test(Feature f, LocalDate day) {
      return junction(left, right, f, day, true);
    }
  }

  /**
   * AND ({@code decisive} false) or OR ({@code decisive} true): a decisive side decides even beside an unknown one,
   * and the right side is not tested once the left one has decided.
   */
  private static Boolean junction(Expression left, Expression right, Feature f, LocalDate day, boolean decisive) {
    Boolean a = left.test(f, day);
    if (Boolean.valueOf(decisive).equals(a)) {
      return decisive;
    }
    Boolean b = right.test(f, day);
    if (Boolean.valueOf(decisive).equals(b)) {
      return decisive;
    }
    return a == null || b == null ? null : !decisive;
  }

  record Not(Expression inner) implements Expression {
    public Boolean test(Feature f, LocalDate day) {
      Boolean a = inner.test(f, day);
      return a == null ? null : !a;
    }
  }

  record IsNull(String property, boolean negated) implements Expression {
    public Boolean test(Feature f, LocalDate day) {
      boolean isNull = values(f, property, day).isEmpty();
      return negated != isNull;
    }
  }

  /** A comparison; with a list property ({@code countries}) it holds when it holds for some member. */
  record Compare(Operand left, String operator, Operand right) implements Expression {
    public Boolean test(Feature f, LocalDate day) {
      List<Object> as = left.values(f, day);
      List<Object> bs = right.values(f, day);
      if (as.isEmpty() || bs.isEmpty()) {
        return null;
      }
      for (Object a : as) {
        for (Object b : bs) {
          Integer c = compare(a, b);
          if (c != null && holds(c)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean holds(int c) {
      return switch (operator) {
        case "=" -> c == 0;
        case "<>" -> c != 0;
        case "<" -> c < 0;
        case ">" -> c > 0;
        case "<=" -> c <= 0;
        default -> c >= 0;
      };
    }

    private static Integer compare(Object a, Object b) {
      if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
        return x.compareTo(y);
      }
      if (a instanceof LocalDate || b instanceof LocalDate) {
        Optional<LocalDate> x = asDate(a);
        Optional<LocalDate> y = asDate(b);
        return x.isPresent() && y.isPresent() ? x.get().compareTo(y.get()) : null;
      }
      if (a instanceof Boolean x && b instanceof Boolean y) {
        return x.compareTo(y);
      }
      if (a instanceof String x && b instanceof String y) {
        return x.compareTo(y);
      }
      return null;
    }

    private static Optional<LocalDate> asDate(Object v) {
      if (v instanceof LocalDate d) {
        return Optional.of(d);
      }
      return v instanceof String s ? PartialDate.firstDay(s) : Optional.empty();
    }
  }

  record Intersects(Geometry literal) implements Expression {
    public Boolean test(Feature f, LocalDate day) {
      return f.geometry().getEnvelopeInternal().intersects(literal.getEnvelopeInternal())
          && f.geometry().intersects(literal);
    }
  }

  /** One side of a comparison: a property of the feature or a literal. */
  sealed interface Operand {
    List<Object> values(Feature f, LocalDate day);
  }

  record Property(String name) implements Operand {
    public List<Object> values(Feature f, LocalDate day) {
      return Expression.values(f, name, day);
    }
  }

  record Literal(Object value) implements Operand {
    public List<Object> values(Feature f, LocalDate day) {
      return List.of(value);
    }
  }

  /** A property's values: none when absent or null, several for a list. */
  private static List<Object> values(Feature f, String name, LocalDate day) {
    List<Object> out = new ArrayList<>();
    if (name.equals("status")) {
      f.status().statusOn(day).map(Status::wireName).ifPresent(out::add);
      return out;
    }
    JsonNode node = f.properties().get(name);
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> scalar(n).ifPresent(out::add));
    } else {
      scalar(node).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Object> scalar(JsonNode n) {
    if (n.isNumber()) {
      return Optional.of(n.decimalValue());
    }
    if (n.isBoolean()) {
      return Optional.of(n.booleanValue());
    }
    return n.isValueNode() && !n.isNull() ? Optional.of(n.asText()) : Optional.empty();
  }
}
