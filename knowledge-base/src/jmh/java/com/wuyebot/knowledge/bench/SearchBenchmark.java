package com.wuyebot.knowledge.bench;

import com.wuyebot.knowledge.KnowledgeBase;
import com.wuyebot.knowledge.search.Decision;
import com.wuyebot.knowledge.search.SearchSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Latency of {@link KnowledgeBase#ask} over synthetic entries; SampleTime reports p99. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class SearchBenchmark {

    @Param({"10000", "100000"})
    public int entries;

    private KnowledgeBase kb;
    private List<String> questions;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        kb = KnowledgeBase.inMemory(SearchSettings.defaults());
        kb.rebuild(SyntheticFaq.entries(entries));
        questions = SyntheticFaq.questions(1024);
    }

    @TearDown(Level.Trial)
    public void close() {
        kb.close();
    }

    @Benchmark
    public Decision ask() {
        next = (next + 1) & 1023;
        return kb.ask(questions.get(next), null);
    }
}
