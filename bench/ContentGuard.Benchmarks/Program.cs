using BenchmarkDotNet.Running;
using ContentGuard.Benchmarks.Lexicon;

if (args.Length > 0 && args[0] == "lexicon-check")
{
    return LexiconCheck.Run(Console.Out, million: args.Contains("--million"));
}

BenchmarkSwitcher.FromAssembly(typeof(LexiconBenchmarks).Assembly).Run(args);
return 0;
