package com.wuyebot.integration.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Faults queued per path; each call to the path consumes one. */
final class FakeFaults {

  sealed interface Fault permits ErrorCode, HttpStatus, Delay {
  }

  record ErrorCode(int code) implements Fault {
  }

  record HttpStatus(int status) implements Fault {
  }

  /** Answers normally, but late. */
  record Delay(Duration delay) implements Fault {
  }

  private final Map<String, Deque<Fault>> queued = new HashMap<>();

  synchronized void add(String path, int times, Fault fault) {
    Deque<Fault> faults = queued.computeIfAbsent(path, k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      faults.addLast(fault);
    }
  }

  synchronized Fault next(String path) {
    Deque<Fault> faults = queued.get(path);
    return faults == null ? null : faults.pollFirst();
  }

  synchronized void clear() {
    queued.clear();
  }
}
