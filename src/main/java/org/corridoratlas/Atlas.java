package org.corridoratlas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.DataProblem;
import org.corridoratlas.geodata.GeoDataLoader;
import org.corridoratlas.geodata.validate.GeoDataValidator;

/** The loaded atlas: validated geodata and everything built from it once at start-up. */
public record Atlas(Catalog catalog) {

  /** Every problem of the geodata folder; empty when it is fit to serve. */
  public static List<DataProblem> check(Path dataDir) {
    GeoDataLoader.Result result = GeoDataLoader.load(dataDir);
    List<DataProblem> problems = new ArrayList<>(result.problems());
    problems.addAll(GeoDataValidator.validate(result.data()));
    return problems.stream().sorted().toList();
  }

  /** Loads, validates and indexes; refuses geodata with any problem. */
  public static Atlas load(Path dataDir) {
    GeoDataLoader.Result result = GeoDataLoader.load(dataDir);
    List<DataProblem> problems = new ArrayList<>(result.problems());
    problems.addAll(GeoDataValidator.validate(result.data()));
    if (!problems.isEmpty()) {
      throw new InvalidGeoData(dataDir, problems.stream().sorted().toList());
    }
    return new Atlas(new Catalog(result.data()));
  }

  /** Thrown by {@link #load} with every problem found. */
  public static final class InvalidGeoData extends RuntimeException {
    private final transient List<DataProblem> problems;

    public InvalidGeoData(Path dir, List<DataProblem> problems) {
      super(problems.size() + " problem(s) in the geodata at " + dir);
      this.problems = problems;
    }

    public List<DataProblem> problems() {
      return problems;
    }
  }
}
