package org.corridoratlas.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/** What triggers a data reload of a running server: SIGHUP, and with {@code --watch} a change under --data. */
final class Reloads {
  private static final Logger LOG = LoggerFactory.getLogger("reload");
  /** A copy of many files raises many events: wait until the folder has been quiet this long. */
  private static final long QUIET_MILLIS = 1000;

  private Reloads() {}

  /** Runs {@code reload} on its own thread at each SIGHUP (which would otherwise stop the JVM). */
  static void onHangup(Runnable reload) {
    Signal.handle(new Signal("HUP"), signal -> {
      LOG.info("SIGHUP: reloading the data");
      Thread thread = new Thread(reload, "reload-sighup");
      thread.setDaemon(true);
      thread.start();
    });
  }

  /** Watches the data folder and its subfolders; runs {@code reload} once a burst of changes has settled. */
  static void watch(Path dataDir, Runnable reload) {
    WatchService watcher;
    try {
      watcher = FileSystems.getDefault().newWatchService();
      try (Stream<Path> dirs = Files.walk(dataDir)) {
        for (Path dir : dirs.filter(Files::isDirectory).toList()) {
          dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot watch {}: {}; reload with SIGHUP instead", dataDir, e.getMessage());
      return;
    }
    Thread thread = new Thread(() -> {
      try {
        while (true) {
          WatchKey key = watcher.take();
          key.pollEvents();
          key.reset();
          // Drain the burst: a copy of the folder raises one event per file.
          WatchKey more;
          while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            more.pollEvents();
            more.reset();
          }
          LOG.info("{} changed: reloading the data", dataDir);
          reload.run();
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        Thread.currentThread().interrupt();
      }
    }, "reload-watch");
    thread.setDaemon(true);
    thread.start();
  }
}
