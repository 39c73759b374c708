package org.corridoratlas.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridoratlas.Atlas;
import org.corridoratlas.analysis.CorridorProfile;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.network.Connectivity;
import org.corridoratlas.geodata.validate.Alignment;
import org.corridoratlas.geodata.validate.Confirmations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Check the geodata against geodata/SCHEMA.md; print every problem (file, feature, field); "
        + "exit 1 on any.")
public final class ValidateCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Override
  public Integer call() {
    if (data.missing() != null) {
      System.err.println(data.missing());
      return 2;
    }
    Atlas atlas;
    try {
      atlas = Atlas.load(data.dir());
    } catch (Atlas.InvalidGeoData e) {
      e.problems().forEach(System.out::println);
      System.out.println(e.problems().size() + " problem(s) in " + data.dir().toAbsolutePath().normalize());
      return 1;
    }
    atlas.catalog().layers().forEach(l -> System.out.printf("%-12s %4d features%n", l.id(), l.features().size()));
    Connectivity.report(atlas.network()).forEach(System.out::println);
    Alignment.longChords(atlas.catalog().data()).forEach(System.out::println);
    Alignment.declaredGaps(atlas.catalog().data()).forEach(System.out::println);
    Alignment.chordShare(atlas.catalog().data()).forEach(System.out::println);
    Confirmations.report(atlas.catalog().data(), LocalDate.now(ZoneOffset.UTC)).forEach(System.out::println);

    for (Corridor corridor : atlas.catalog().corridors()) {
      CorridorProfile profile = atlas.profile(corridor);
      String state = !profile.gaps().isEmpty() ? "BROKEN between " + String.join(", ", profile.gaps())
          : profile.hours() == null ? "BROKEN: no route along it in the network"
          : String.format(Locale.ROOT, "connected, %.0f km, %.1f h", profile.networkKm(), profile.hours());
      System.out.println("corridor " + corridor.id() + ": " + state);
    }
    System.out.println("geodata OK: " + data.dir().toAbsolutePath().normalize());
    return 0;
  }
}
