package com.wuyebot.knowledge.intent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the shipped training messages ({@code intent-training.txt}). Each line is
 * {@code LABEL text}, where {@code LABEL!} marks an urgent message and {@code LABEL*n} asks for
 * {@code n} variants of a template. A text may name slots, {@code {place}}, defined by
 * {@code @place = 厨房 | 卫生间 | ...} lines (values may hold slots themselves, an empty value makes
 * the slot optional), and inline choices {@code [漏水|渗水]}. Variants are drawn with a fixed seed
 * per line, so the corpus is the same on every start.
 */
final class TrainingCorpus {

    static final String DEFAULT_RESOURCE = "intent-training.txt";
    private static final int DEFAULT_VARIANTS = 4;
    private static final Pattern SLOT = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern CHOICE = Pattern.compile("\\[([^\\[\\]]*\\|[^\\[\\]]*)]");
    private static final Pattern LABEL = Pattern.compile("([A-Z]+)(!?)(?:\\*(\\d+))?");
    private static final int MAX_EXPANSIONS = 50;

    private TrainingCorpus() {
    }

    static List<LabelledMessage> standard() {
        try (InputStream in = Objects.requireNonNull(TrainingCorpus.class.getResourceAsStream(DEFAULT_RESOURCE))) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabelledMessage> parse(List<String> lines) {
        Map<String, List<String>> slots = new HashMap<>();
        var messages = new ArrayList<LabelledMessage>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                int equals = line.indexOf('=');
                if (equals < 0) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": expected @slot = a | b");
                }
                var values = new ArrayList<String>();
                for (String value : line.substring(equals + 1).split("\\|", -1)) {
                    values.add(value.strip());
                }
                slots.put(line.substring(1, equals).strip(), List.copyOf(values));
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            Matcher label = LABEL.matcher(parts[0]);
            if (parts.length < 2 || !label.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected LABEL[!][*n] text");
            }
            Intent intent = Intent.valueOf(label.group(1).toUpperCase(Locale.ROOT));
            boolean urgent = !label.group(2).isEmpty();
            String template = parts[1];
            boolean isTemplate = SLOT.matcher(template).find() || CHOICE.matcher(template).find();
            int variants = label.group(3) != null ? Integer.parseInt(label.group(3)) : isTemplate ? DEFAULT_VARIANTS : 1;
            var random = new Random(31L * (i + 1));
            var texts = new LinkedHashSet<String>();
            for (int attempt = 0; attempt < variants * 4 && texts.size() < variants; attempt++) {
                texts.add(expand(template, slots, random, i + 1));
            }
            for (String text : texts) {
                messages.add(new LabelledMessage(text, intent, urgent, i + 1));
            }
        }
        return List.copyOf(messages);
    }

    private static String expand(String template, Map<String, List<String>> slots, Random random, int lineNumber) {
        String text = template;
        for (int n = 0; n < MAX_EXPANSIONS; n++) {
            Matcher choice = CHOICE.matcher(text);
            if (choice.find()) {
                String[] options = choice.group(1).split("\\|", -1);
                text = text.substring(0, choice.start()) + options[random.nextInt(options.length)].strip()
                        + text.substring(choice.end());
                continue;
            }
            Matcher slot = SLOT.matcher(text);
            if (!slot.find()) {
                return text.strip();
            }
            List<String> values = slots.get(slot.group(1));
            if (values == null) {
                throw new IllegalArgumentException("line " + lineNumber + ": unknown slot {" + slot.group(1) + "}");
            }
            text = text.substring(0, slot.start()) + values.get(random.nextInt(values.size())) + text.substring(slot.end());
        }
        throw new IllegalArgumentException("line " + lineNumber + ": slots nest too deep");
    }
}
