package org.corridoratlas.catalog;

/**
 * A property that items can be filtered on by equality: its name and JSON Schema type. For a list property
 * ({@code countries}, {@code modes}) a feature matches when the list holds the value.
 */
public record Queryable(String name, String type, boolean list) {}
