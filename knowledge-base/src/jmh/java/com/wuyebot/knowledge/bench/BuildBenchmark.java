package com.wuyebot.knowledge.bench;

import com.wuyebot.knowledge.KnowledgeBase;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.search.SearchSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time of a full {@link KnowledgeBase#rebuild} into memory, one shot per iteration. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class BuildBenchmark {

    @Param({"10000"})
    public int entries;

    private List<FaqEntry> generated;

    @Setup
    public void generate() {
        generated = SyntheticFaq.entries(entries);
    }

    @Benchmark
    public int rebuild() {
        try (var kb = KnowledgeBase.inMemory(SearchSettings.defaults())) {
            kb.rebuild(generated);
            return kb.size();
        }
    }
}
