using BenchmarkDotNet.Running;
using ContentGuard.Benchmarks.Lexicon;

if (args.Length > 0 && args[0] == "lexicon-check")
{
    return LexiconCheck.Run(Console.Out, million: args.Contains("--million"));
}

if (args.Length > 0 && args[0] == "detector-timings")
{
    // detector-timings [checks] [--compare-model PATH]
    int checks = 300;
    string? compareModel = null;
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i] == "--compare-model" && i + 1 < args.Length)
        {
            compareModel = args[++i];
        }
        else
        {
            checks = int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    return ContentGuard.Benchmarks.DetectorTimings.Run(Console.Out, checks, compareModel);
}

BenchmarkSwitcher.FromAssembly(typeof(LexiconBenchmarks).Assembly).Run(args);
return 0;
