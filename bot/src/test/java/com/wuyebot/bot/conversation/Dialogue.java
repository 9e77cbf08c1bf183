package com.wuyebot.bot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A scripted conversation read from a table (src/test/resources/dialogues/*.dialogue):
 * <pre>
 * ## name of the dialogue
 * ! directive arguments…                      (set-up and checks outside the chat)
 * resident | message | state | reply pattern | ticket fields
 * </pre>
 * A resident is a letter (A, B) standing for a fresh openid; an instance may be named after it
 * (A@b). The message {@code <again>} delivers the resident's previous message once more (WeChat's
 * retry, same MsgId); {@code <image media-id>} sends a photo. State is {@code FLOW/STEP} of the
 * session or {@code NONE}; the pattern is a regular expression found in the reply; ticket fields are
 * {@code name=value} pairs of the resident's latest ticket (count= counts their tickets). A dash
 * skips a check.
 */
record Dialogue(String name, List<Line> lines) {

  sealed interface Line permits Say, Directive {
    int number();
  }

  record Say(int number, String resident, String instance, String message, String state, String reply, String ticket)
      implements Line {
  }

  record Directive(int number, String verb, List<String> arguments) implements Line {
  }

  @Override
  public String toString() {
    return name;
  }

  static List<Dialogue> read(String resource) {
    String text;
    try (InputStream in = Dialogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No dialogue file " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Dialogue> dialogues = new ArrayList<>();
    String name = null;
    List<Line> lines = new ArrayList<>();
    String[] all = text.split("\n");
    for (int i = 0; i < all.length; i++) {
      String line = all[i].strip();
      if (line.isEmpty() || line.startsWith("#") && !line.startsWith("##")) {
        continue;
      }
      if (line.startsWith("##")) {
        if (name != null) {
          dialogues.add(new Dialogue(name, lines));
        }
        name = line.substring(2).strip();
        lines = new ArrayList<>();
      } else if (line.startsWith("!")) {
        List<String> words = List.of(line.substring(1).strip().split("\\s+"));
        lines.add(new Directive(i + 1, words.get(0), words.subList(1, words.size())));
      } else {
        String[] cells = line.split("\\|", -1);
        if (cells.length != 5) {
          throw new IllegalArgumentException("Line " + (i + 1) + " of " + resource + " needs 5 cells: " + line);
        }
        String[] who = cells[0].strip().split("@");
        lines.add(new Say(i + 1, who[0], who.length > 1 ? who[1] : "a", cells[1].strip(), cells[2].strip(), cells[3].strip(),
            cells[4].strip()));
      }
    }
    if (name != null) {
      dialogues.add(new Dialogue(name, lines));
    }
    return dialogues;
  }
}
