package org.corridoratlas.catalog.cql2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.corridoratlas.catalog.Queryable;
import org.corridoratlas.catalog.cql2.Expression.Operand;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reads CQL2-text (OGC 21-065) as far as the classes the atlas claims: Basic CQL2 (comparisons, AND, OR, NOT,
 * IS [NOT] NULL, string, number, boolean, DATE and TIMESTAMP literals) and S_INTERSECTS of the feature geometry
 * with a BBOX or any WKT literal in CRS84. Properties must be queryables of the layer, and literals must fit
 * their type, so that a filter that could never match is a 400 rather than an empty page.
 */
public final class Cql2Text {
  public static final String GEOMETRY = "geometry";
  private static final int MAX_DEPTH = 50;
  private static final Set<String> OPERATORS = Set.of("=", "<>", "<", ">", "<=", ">=");
  private static final Set<String> GEOMETRY_KEYWORDS = Set.of("POINT", "LINESTRING", "POLYGON", "MULTIPOINT",
      "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION");

  private final String text;
  private final Function<String, Optional<Queryable>> queryables;
  private int pos;
  private int depth;

  private Cql2Text(String text, Function<String, Optional<Queryable>> queryables) {
    this.text = text;
    this.queryables = queryables;
  }

  public static Expression parse(String text, Function<String, Optional<Queryable>> queryables) {
    Cql2Text parser = new Cql2Text(text, queryables);
    Expression e = parser.or();
    parser.skipSpace();
    if (parser.pos < text.length()) {
      throw parser.error("unexpected text");
    }
    return e;
  }

  private Expression or() {
    Expression e = and();
    while (keyword("OR")) {
      e = new Expression.Or(e, and());
    }
    return e;
  }

  private Expression and() {
    Expression e = not();
    while (keyword("AND")) {
      e = new Expression.And(e, not());
    }
    return e;
  }

  private Expression not() {
    if (keyword("NOT")) {
      return new Expression.Not(not());
    }
    return primary();
  }

  private Expression primary() {
    if (++depth > MAX_DEPTH) {
      throw error("nested too deeply");
    }
    try {
      if (symbol("(")) {
        Expression e = or();
        expect(")");
        return e;
      }
      if (keyword("S_INTERSECTS")) {
        return intersects();
      }
      Operand left = operand();
      if (keyword("IS")) {
        boolean negated = keyword("NOT");
        if (!keyword("NULL")) {
          throw error("expected NULL");
        }
        if (!(left instanceof Expression.Property p)) {
          throw error("IS NULL applies to a property");
        }
        return new Expression.IsNull(p.name(), negated);
      }
      String op = operator();
      Operand right = operand();
      checkTypes(left, right);
      return new Expression.Compare(left, op, right);
    } finally {
      depth--;
    }
  }

  private Expression intersects() {
    expect("(");
    Geometry literal;
    if (geometryProperty()) {
      expect(",");
      literal = geometryLiteral();
    } else {
      literal = geometryLiteral();
      expect(",");
      if (!geometryProperty()) {
        throw error("S_INTERSECTS compares the property \"geometry\" with a geometry literal");
      }
    }
    expect(")");
    return new Expression.Intersects(literal);
  }

  private boolean geometryProperty() {
    skipSpace();
    for (String name : new String[] {GEOMETRY, "\"" + GEOMETRY + "\""}) {
      int end = pos + name.length();
      if (text.startsWith(name, pos) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        pos += name.length();
        return true;
      }
    }
    return false;
  }

  private Geometry geometryLiteral() {
    skipSpace();
    int start = pos;
    String kw = peekWord().toUpperCase(Locale.ROOT);
    if (kw.equals("BBOX")) {
      keyword("BBOX");
      expect("(");
      List<BigDecimal> v = new ArrayList<>();
      do {
        v.add(number().orElseThrow(() -> error("BBOX takes numbers")));
      } while (symbol(","));
      expect(")");
      if (v.size() != 4 && v.size() != 6) {
        throw error("BBOX takes 4 or 6 numbers");
      }
      int h = v.size() == 6 ? 1 : 0;
      double w = v.get(0).doubleValue();
      double s = v.get(1).doubleValue();
      double e = v.get(2 + h).doubleValue();
      double n = v.get(3 + h).doubleValue();
      if (w > e || s > n) {
        throw error("BBOX must run west, south, east, north with west <= east and south <= north");
      }
      return new GeometryFactory().toGeometry(new Envelope(w, e, s, n));
    }
    if (!GEOMETRY_KEYWORDS.contains(kw)) {
      throw error("expected BBOX(...) or a WKT geometry");
    }
    pos += kw.length();
    skipSpace();
    int open = 0;
    do {
      if (pos >= text.length()) {
        throw error("unclosed geometry literal");
      }
      char c = text.charAt(pos++);
      open += c == '(' ? 1 : c == ')' ? -1 : 0;
    } while (open > 0);
    try {
      Geometry g = new WKTReader().read(text.substring(start, pos));
      if (!g.isValid() && g.getDimension() == 2) {
        throw error("the polygon literal is not valid");
      }
      return g;
    } catch (ParseException e) {
      throw error("not a WKT geometry: " + e.getMessage());
    }
  }

  private Operand operand() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("expected a property or a value");
    }
    char c = text.charAt(pos);
    if (c == '\'') {
      return new Expression.Literal(string());
    }
    if (c == '"') {
      int end = text.indexOf('"', pos + 1);
      if (end < 0) {
        throw error("unclosed quoted property name");
      }
      String name = text.substring(pos + 1, end);
      pos = end + 1;
      return property(name);
    }
    Optional<BigDecimal> n = number();
    if (n.isPresent()) {
      return new Expression.Literal(n.get());
    }
    String w = word().orElseThrow(() -> error("expected a property or a value"));
    switch (w.toUpperCase(Locale.ROOT)) {
      case "TRUE" -> {
        return new Expression.Literal(true);
      }
      case "FALSE" -> {
        return new Expression.Literal(false);
      }
      case "DATE" -> {
        expect("(");
        String s = string();
        expect(")");
        try {
          return new Expression.Literal(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
          throw error("not a date: " + s);
        }
      }
      case "TIMESTAMP" -> {
        expect("(");
        String s = string();
        expect(")");
        try {
          return new Expression.Literal(OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException e) {
          throw error("not a timestamp: " + s);
        }
      }
      default -> {
        return property(w);
      }
    }
  }

  private Operand property(String name) {
    if (queryables.apply(name).isEmpty()) {
      throw error("\"" + shorten(name) + "\" is not a queryable of this collection (see its /queryables)");
    }
    return new Expression.Property(name);
  }

  private void checkTypes(Operand left, Operand right) {
    if (left instanceof Expression.Property p && right instanceof Expression.Literal l) {
      checkType(p, l);
    } else if (right instanceof Expression.Property p && left instanceof Expression.Literal l) {
      checkType(p, l);
    }
  }

  private void checkType(Expression.Property p, Expression.Literal l) {
    String type = queryables.apply(p.name()).map(Queryable::type).orElse("string");
    Object v = l.value();
    boolean fits = switch (type) {
      case "integer", "number" -> v instanceof BigDecimal;
      case "boolean" -> v instanceof Boolean;
      default -> v instanceof String || v instanceof LocalDate;
    };
    if (!fits) {
      throw error("\"" + p.name() + "\" is a " + type + ", compared with " + l.value());
    }
  }

  private String operator() {
    skipSpace();
    for (String op : new String[] {"<>", "<=", ">=", "=", "<", ">"}) {
      if (text.startsWith(op, pos)) {
        pos += op.length();
        return op;
      }
    }
    throw error("expected one of " + OPERATORS + ", IS NULL or IS NOT NULL");
  }

  private String string() {
    skipSpace();
    if (pos >= text.length() || text.charAt(pos) != '\'') {
      throw error("expected a 'string'");
    }
    StringBuilder s = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length()) {
        throw error("unclosed string");
      }
      char c = text.charAt(pos++);
      if (c == '\'') {
        if (pos < text.length() && text.charAt(pos) == '\'') {
          s.append('\'');
          pos++;
        } else {
          return s.toString();
        }
      } else {
        s.append(c);
      }
    }
  }

  private Optional<BigDecimal> number() {
    skipSpace();
    int start = pos;
    int i = pos;
    if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int digits = i;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
      i++;
    }
    if (i == digits) {
      return Optional.empty();
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        i++;
      }
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
    }
    try {
      BigDecimal n = new BigDecimal(text.substring(start, i));
      pos = i;
      return Optional.of(n);
    } catch (NumberFormatException e) {
      throw error("not a number: " + shorten(text.substring(start, i)));
    }
  }

  private String peekWord() {
    int i = pos;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    return text.substring(pos, i);
  }

  private Optional<String> word() {
    skipSpace();
    String w = peekWord();
    if (w.isEmpty() || Character.isDigit(w.charAt(0))) {
      return Optional.empty();
    }
    pos += w.length();
    return Optional.of(w);
  }

  private boolean keyword(String kw) {
    skipSpace();
    if (peekWord().equalsIgnoreCase(kw)) {
      pos += kw.length();
      return true;
    }
    return false;
  }

  private boolean symbol(String s) {
    skipSpace();
    if (text.startsWith(s, pos)) {
      pos += s.length();
      return true;
    }
    return false;
  }

  private void expect(String s) {
    if (!symbol(s)) {
      throw error("expected \"" + s + "\"");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private Cql2Exception error(String message) {
    return new Cql2Exception(message + " at character " + (pos + 1));
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
