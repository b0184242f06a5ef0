using BenchmarkDotNet.Running;
using ContentGuard.Benchmarks.Lexicon;

if (args.Length > 0 && args[0] == "lexicon-check")
{
    return LexiconCheck.Run(Console.Out, million: args.Contains("--million"));
}

if (args.Length > 0 && args[0] == "detector-timings")
{
    // detector-timings [checks] [--compare-model PATH]
    const string usage = "usage: detector-timings [CHECKS (a positive integer, default 300)] [--compare-model PATH]";
    int checks = 300;
    string? compareModel = null;
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i] == "--compare-model")
        {
            if (i + 1 >= args.Length)
            {
                Console.Error.WriteLine("--compare-model needs a model zip path. " + usage);
                return 2;
            }

            compareModel = Path.GetFullPath(args[++i]);
            if (!File.Exists(compareModel))
            {
                Console.Error.WriteLine($"--compare-model: '{compareModel}' does not exist.");
                return 2;
            }
        }
        else if (!int.TryParse(args[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out checks) || checks <= 0)
        {
            Console.Error.WriteLine($"unexpected argument '{args[i]}'. " + usage);
            return 2;
        }
    }

    return ContentGuard.Benchmarks.DetectorTimings.Run(Console.Out, checks, compareModel);
}

BenchmarkSwitcher.FromAssembly(typeof(LexiconBenchmarks).Assembly).Run(args);
return 0;
