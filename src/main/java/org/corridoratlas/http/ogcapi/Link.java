package org.corridoratlas.http.ogcapi;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An OGC API link object. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(String href, String rel, String type, String title) {}
