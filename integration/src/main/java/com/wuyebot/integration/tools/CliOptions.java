package com.wuyebot.integration.tools;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} options of the tools' command lines. */
final class CliOptions {

  private final Map<String, String> values = new HashMap<>();

  private CliOptions() {
  }

  /**
   * @param flags option names that take no value
   * @throws IllegalArgumentException on an unknown option or a missing value, with a message for the user
   */
  static CliOptions parse(String[] args, Set<String> valued, Set<String> flags) {
    CliOptions options = new CliOptions();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
      }
      String name = arg.substring(2);
      String inline = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        inline = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name)) {
        options.values.put(name, "true");
      } else if (valued.contains(name)) {
        if (inline == null && i + 1 >= args.length) {
          throw new IllegalArgumentException("--" + name + " needs a value");
        }
        options.values.put(name, inline != null ? inline : args[++i]);
      } else {
        throw new IllegalArgumentException("unknown option --" + name);
      }
    }
    return options;
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  String require(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  int integer(String name, int fallback) {
    String value = values.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " expects a number, got '" + value + "'");
    }
  }

  /** {@code 20s}, {@code 500ms}, {@code 2m} or plain seconds. */
  Duration duration(String name, Duration fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      }
      if (value.endsWith("s")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
      }
      if (value.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      return Duration.ofSeconds(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " expects a duration such as 20s, got '" + value + "'");
    }
  }

  /** The account and mode options shared by both tools. */
  PushAccount account() {
    String aesKey = get("aes-key", null);
    String appId = get("app-id", null);
    if ((aesKey == null) != (appId == null)) {
      throw new IllegalArgumentException("--aes-key and --app-id go together");
    }
    return new PushAccount(require("token"), aesKey, appId, get("gh", "gh_0123456789ab"));
  }
}
