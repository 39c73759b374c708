package org.corridoratlas.geodata;

/** Where a fact or a position was read. {@code article} is S0..S4 for the project's source articles. */
public record Source(String title, String publisher, String date, String url, String article) {}
