package org.corridoratlas.http.ogcapi;

/** The service-doc page: Swagger UI from its webjar, showing /ogcapi/api. */
final class SwaggerPage {
  private static final String UI = "/webjars/swagger-ui/5.32.6/";

  static final String HTML = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      + "<title>Corridor Atlas – API</title><link rel=\"stylesheet\" href=\"" + UI + "swagger-ui.css\"></head>"
      + "<body><div id=\"swagger-ui\"></div><script src=\"" + UI + "swagger-ui-bundle.js\"></script>"
      + "<script>window.ui = SwaggerUIBundle({url: '/ogcapi/api?f=json', dom_id: '#swagger-ui'});</script>"
      + "</body></html>\n";

  private SwaggerPage() {}
}
