package com.wuyebot.integration.tools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Entry point of {@code wechat-tools.jar}: {@code simulate ...} or {@code load ...}. */
public final class ToolsMain {

  private ToolsMain() {
  }

  public static void main(String[] args) {
    // WxJava logs through SLF4J and the jar ships no binding; choose "no logging" instead of SLF4J's warning.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOPServiceProvider");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    String command = args.length == 0 ? "help" : args[0];
    String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    int exit = switch (command) {
      case "simulate" -> ResidentSimulator.run(rest, System.in, out, err);
      case "load" -> LoadTool.run(rest, out, err);
      case "help", "--help", "-h" -> {
        out.println("usage: java -jar wechat-tools.jar simulate|load [options]   (add --help for options)");
        yield 0;
      }
      default -> {
        err.println("unknown command '" + command + "': expected simulate or load");
        yield 2;
      }
    };
    System.exit(exit);
  }
}
