package org.corridoratlas.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An RFC 9457 problem detail: what went wrong, for a person and for a program, never how the server failed. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
    @JsonProperty("invalid-params") List<InvalidParam> invalidParams, List<String> suggestions) {

  public record InvalidParam(String name, String reason) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, List.of(), List.of());
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, invalidParams, suggestions);
  }
}
