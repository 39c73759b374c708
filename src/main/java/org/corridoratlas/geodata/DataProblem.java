package org.corridoratlas.geodata;

import java.util.Comparator;

/** One thing wrong with the geodata, said where: file, feature id, field. */
public record DataProblem(String file, String featureId, String field, String message)
    implements Comparable<DataProblem> {

  private static final Comparator<DataProblem> ORDER = Comparator.comparing(DataProblem::file)
      .thenComparing(DataProblem::featureId).thenComparing(DataProblem::field);

  @Override
  public int compareTo(DataProblem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + "  " + featureId + "  " + field + "  " + message;
  }
}
