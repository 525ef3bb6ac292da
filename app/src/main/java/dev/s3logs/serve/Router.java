package dev.s3logs.serve;

import com.sun.net.httpserver.HttpExchange;

/** Which answer a request gets: refused without the token, a static file, or the API's. */
record Router(DashboardApi api, TokenGate gate, Json json) {

  Response route(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    QueryString query = QueryString.parse(exchange.getRequestURI().getRawQuery(),
        FilterParameters.NAMES);
    String token = query.get("token");
    if (!gate.allows(exchange.getRequestHeaders(), token)) {
      return new Response(401, Response.JSON, json.error("this dashboard needs its token:"
          + " open it once with ?token=..., or send Authorization: Bearer ..."));
    }
    if (gate.required() && gate.matches(token)) {
      exchange.getResponseHeaders().add("Set-Cookie", gate.setCookie(token));
    }
    if (path.startsWith("/api/")) {
      Object answer = api.answer(path.substring(5), query);
      return answer == null ? notFound() : new Response(200, Response.JSON, json.bytes(answer));
    }
    Response file = StaticFiles.find(path);
    return file == null ? notFound() : file;
  }

  private Response notFound() {
    return new Response(404, Response.JSON, json.error("not found"));
  }
}
