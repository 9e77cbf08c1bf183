package com.wuyebot.knowledge.cli;

import com.wuyebot.knowledge.KnowledgeBase;
import com.wuyebot.knowledge.eval.FaqEvaluation;
import com.wuyebot.knowledge.eval.LabelledQuery;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.intent.Classification;
import com.wuyebot.knowledge.intent.IntentClassifier;
import com.wuyebot.knowledge.intent.IntentEvaluation;
import com.wuyebot.knowledge.intent.LabelledMessage;
import com.wuyebot.knowledge.io.FaqImport;
import com.wuyebot.knowledge.io.ImportResult;
import com.wuyebot.knowledge.search.Candidate;
import com.wuyebot.knowledge.search.Decision;
import com.wuyebot.knowledge.search.SearchSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Command line of the knowledge base, with the library's default settings:
 * <pre>
 *   eval --kb kb.jsonl --queries faq-dev.jsonl   metrics; the last stdout line is one JSON object
 *   ask --kb kb.jsonl "物业费怎么交"              decision and top 3 with scores
 *   import-check --kb faq.xlsx                   validates a .jsonl or .xlsx file
 *   eval-intents --data intent-dev.jsonl         intent metrics; the last stdout line is one JSON object
 *   eval-intents --cross-validate 5              the same on held-out groups of the shipped training data
 *   classify "电梯坏了"                            intent, confidence, urgency and the top 3
 * </pre>
 */
public final class KnowledgeBaseCli {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private KnowledgeBaseCli() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        int status = switch (args[0]) {
            case "eval" -> eval(require(options, "kb"), require(options, "queries"));
            case "ask" -> ask(require(options, "kb"), String.join(" ", positional));
            case "import-check" -> importCheck(require(options, "kb"));
            case "eval-intents" -> options.containsKey("cross-validate")
                    ? crossValidateIntents(Integer.parseInt(options.get("cross-validate")))
                    : evalIntents(require(options, "data"));
            case "classify" -> classify(String.join(" ", positional));
            default -> {
                usage();
                yield 2;
            }
        };
        System.exit(status);
    }

    private static int eval(Path kbFile, Path queriesFile) throws IOException {
        List<FaqEntry> entries = load(kbFile);
        if (entries == null) {
            return 1;
        }
        List<LabelledQuery> queries = LabelledQuery.readJsonLines(queriesFile);
        try (var kb = KnowledgeBase.inMemory(SearchSettings.defaults())) {
            kb.rebuild(entries);
            FaqEvaluation.Report report = FaqEvaluation.run(kb, queries);
            for (FaqEvaluation.Outcome outcome : report.outcomes()) {
                String problem = problem(outcome);
                if (problem != null) {
                    OUT.printf("%-14s expected=%-13s %s rank=%d top=%s | %s%n", problem, outcome.query().expected(),
                            outcome.decision().kind(), outcome.rank(), top(outcome.decision().ranking(), 3),
                            outcome.query().query());
                }
            }
            OUT.println(report.toJson());
        }
        return 0;
    }

    private static String problem(FaqEvaluation.Outcome outcome) {
        if (outcome.falseAnswer()) {
            return "FALSE_ANSWER";
        }
        if (outcome.query().inDomain() && outcome.rank() != 1) {
            return "MISS";
        }
        if (outcome.query().inDomain() && outcome.decision().kind() != Decision.Kind.ANSWER) {
            return "NOT_ANSWERED";
        }
        return null;
    }

    private static int ask(Path kbFile, String question) throws IOException {
        List<FaqEntry> entries = load(kbFile);
        if (entries == null) {
            return 1;
        }
        try (var kb = KnowledgeBase.inMemory(SearchSettings.defaults())) {
            kb.rebuild(entries);
            Decision decision = kb.ask(question, null);
            OUT.println(decision.kind());
            for (Candidate candidate : decision.ranking().subList(0, Math.min(3, decision.ranking().size()))) {
                OUT.printf(Locale.ROOT, "  %-14s score=%.3f coverage=%.2f  %s%n", candidate.entry().id(),
                        candidate.score(), candidate.coverage(), candidate.entry().question());
            }
            decision.best().ifPresent(best -> OUT.println(best.answer()));
        }
        return 0;
    }

    private static int importCheck(Path file) throws IOException {
        ImportResult result = read(file);
        result.errors().forEach(OUT::println);
        OUT.println(result.isValid() ? result.entries().size() + " entries are valid" : result.errors().size() + " errors");
        return result.isValid() ? 0 : 1;
    }

    private static int evalIntents(Path dataFile) throws IOException {
        List<LabelledMessage> messages = LabelledMessage.readJsonLines(dataFile);
        printIntentReport(IntentEvaluation.run(IntentClassifier.standard(), messages));
        return 0;
    }

    private static int crossValidateIntents(int folds) {
        printIntentReport(IntentEvaluation.crossValidate(IntentClassifier.standardTrainingData(), folds));
        return 0;
    }

    private static void printIntentReport(IntentEvaluation.Report report) {
        for (IntentEvaluation.Outcome error : report.errors()) {
            Classification c = error.classification();
            OUT.printf(Locale.ROOT, "MISS expected=%-10s got=%-10s %.2f (then %s %.2f) | %s%n", error.message().intent(),
                    c.intent(), c.confidence(), c.second().intent(), c.second().probability(), error.message().text());
        }
        OUT.print(report.confusionTable());
        OUT.println(report.toJson());
    }

    private static int classify(String text) {
        Classification c = IntentClassifier.standard().classify(text);
        OUT.println(c.intent() + (c.urgent() ? " URGENT" : ""));
        c.ranking().stream().limit(3)
                .forEach(s -> OUT.printf(Locale.ROOT, "  %-10s %.3f%n", s.intent(), s.probability()));
        return 0;
    }

    private static List<FaqEntry> load(Path file) throws IOException {
        ImportResult result = read(file);
        if (!result.isValid()) {
            result.errors().forEach(error -> System.err.println(file + ": " + error));
            return null;
        }
        return result.entries();
    }

    private static ImportResult read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? FaqImport.fromXlsx(in, null)
                    : FaqImport.fromJsonLines(in, null);
        }
    }

    private static String top(List<Candidate> ranking, int n) {
        return ranking.stream().limit(n)
                .map(c -> String.format(Locale.ROOT, "%s(%.1f,%.2f)", c.entry().id(), c.score(), c.coverage()))
                .collect(Collectors.joining(","));
    }

    private static Path require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            usage();
            System.exit(2);
        }
        return Path.of(value);
    }

    private static void usage() {
        System.err.println("""
                usage: java -jar knowledge-base-cli.jar <command>
                  eval --kb FILE --queries FILE   evaluate against labelled queries (JSON Lines)
                  ask --kb FILE "question"        show the decision and the top 3
                  import-check --kb FILE          validate a .jsonl or .xlsx knowledge base
                  eval-intents --data FILE        evaluate the intent classifier on {"text","intent"} lines
                  eval-intents --cross-validate N the same on N held-out folds of the shipped training data
                  classify "message"              intent, urgency and the top 3 intents""");
    }
}
