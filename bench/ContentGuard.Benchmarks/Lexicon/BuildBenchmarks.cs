using BenchmarkDotNet.Attributes;
using ContentGuard.Lexicon;
using ContentGuard.Normalization;

namespace ContentGuard.Benchmarks.Lexicon;

/// <summary>Building the automaton: the 20,000-term benchmark lexicon, and 40,000 deterministic synthetic terms.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private string[] _bench = null!;
    private string[] _synthetic40K = null!;
    private CharClasses _classes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bench = BenchData.Lexicon();
        _synthetic40K = SyntheticTerms.Create(40_000);
        _classes = new CharClasses(new Normalizer(CharData.TraditionalToSimplified));
        _ = CharData.Pinyin.Count;
    }

    [Benchmark(Description = "build 20,000 terms (bench lexicon)")]
    public int Build20K() => LexiconAutomatonBuilder.Build(_bench, _classes, out _).StateCount;

    [Benchmark(Description = "build 40,000 terms (synthetic)")]
    public int Build40K() => LexiconAutomatonBuilder.Build(_synthetic40K, _classes, out _).StateCount;
}
