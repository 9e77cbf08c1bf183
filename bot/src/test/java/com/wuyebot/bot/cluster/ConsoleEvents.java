package com.wuyebot.bot.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The events of an open console stream (Server-Sent Events), read line by line as they arrive by
 * a thread of their own, so that waiting for one can end even when the server sends nothing.
 */
final class ConsoleEvents implements AutoCloseable {

  private static final String END = "";

  private final InputStream stream;
  private final BlockingQueue<String> arrived = new LinkedBlockingQueue<>();
  private final List<String> seen = new CopyOnWriteArrayList<>();

  ConsoleEvents(InputStream stream) {
    this.stream = stream;
    Thread reader = new Thread(this::read, "console-events-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Waits for the next event of this name, passing over others. The safety net only ends a run
   * whose event never comes; it is not a limit the test measures.
   */
  void next(String name, Duration safetyNet) throws InterruptedException {
    Instant deadline = Instant.now().plus(safetyNet);
    while (true) {
      String event = arrived.poll(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
      if (event == null || event.equals(END)) {
        throw new AssertionError("no '" + name + "' event " + (event == null ? "within " + safetyNet : "before the stream ended")
            + "; events seen: " + seen);
      }
      if (event.equals(name)) {
        return;
      }
    }
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("event:")) {
          String name = line.substring("event:".length()).strip();
          seen.add(name);
          arrived.add(name);
        }
      }
    } catch (IOException e) {
      seen.add("(" + e + ")");
    } finally {
      arrived.add(END);
    }
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
