using BenchmarkDotNet.Running;
using ContentGuard.Benchmarks.Lexicon;

if (args.Length > 0 && args[0] == "lexicon-check")
{
    return LexiconCheck.Run(Console.Out, million: args.Contains("--million"));
}

if (args.Length > 0 && args[0] == "detector-timings")
{
    return ContentGuard.Benchmarks.DetectorTimings.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300);
}

BenchmarkSwitcher.FromAssembly(typeof(LexiconBenchmarks).Assembly).Run(args);
return 0;
