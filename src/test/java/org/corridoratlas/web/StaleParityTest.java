package org.corridoratlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.PartialDate;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.geodata.StatusPeriod;
import org.corridoratlas.geodata.StatusTimeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static images (StatusTimeline.staleOn) and the web map and embeds (web/status.js isStale, run with node) mark
 * the same statuses as stale: confirmations in each date form, read on the days around the two-year threshold, with
 * the status shown on a date in the current period or in an earlier one.
 */
class StaleParityTest {
  private record Case(StatusTimeline timeline, ArrayNode json, LocalDate shown, LocalDate today) {}

  @Test
  void java_and_javascript_mark_the_same_statuses_stale(@TempDir Path dir) throws Exception {
    List<Case> cases = new ArrayList<>();
    for (String confirmed : List.of("2022", "2022-06", "2022-06-15")) {
      LocalDate last = PartialDate.lastDay(confirmed).orElseThrow();
      for (LocalDate today : List.of(last.plusYears(2).minusDays(1), last.plusYears(2), last.plusYears(2).plusDays(1),
          last.plusYears(5))) {
        for (LocalDate shown : List.of(LocalDate.of(2015, 6, 1), LocalDate.of(2021, 3, 1), today)) {
          ArrayNode json = Json.MAPPER.createArrayNode();
          json.addObject().put("from", "2010").put("to", "2020-01-31").put("status", "open");
          json.addObject().put("from", "2020-01-31").putNull("to").put("status", "closed").put("confirmed", confirmed);
          StatusTimeline timeline = new StatusTimeline(List.of(
              new StatusPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 31), Status.OPEN, "", List.of()),
              new StatusPeriod(LocalDate.of(2020, 1, 31), null, Status.CLOSED, "", List.of(), confirmed)));
          cases.add(new Case(timeline, json, shown, today));
        }
      }
    }
    ArrayNode wire = Json.MAPPER.createArrayNode();
    for (Case c : cases) {
      ObjectNode o = wire.addObject().put("shown", c.shown().toString()).put("today", c.today().toString());
      o.set("status", c.json());
    }
    Path casesFile = dir.resolve("cases.json");
    Json.MAPPER.writeValue(casesFile.toFile(), wire);
    JsonNode web = WebModules.runNode(dir, "stale.mjs", casesFile);

    assertThat(web.size()).isEqualTo(cases.size());
    int stale = 0;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      boolean java = c.timeline().staleOn(c.shown(), c.today());
      stale += java ? 1 : 0;
      assertThat(web.get(i).asBoolean()).as("stale on %s, shown %s, confirmed %s", c.today(), c.shown(),
          c.json().get(1).path("confirmed").asText()).isEqualTo(java);
    }
    // Both answers occur, so neither side can pass by saying always yes or always no.
    assertThat(stale).isBetween(1, cases.size() - 1);
  }
}
