using ContentGuard.Cli;
using ContentGuard.Detectors.Offensive;

namespace ContentGuard.Tests.Detectors.Offensive;

/// <summary>
/// A throw-away model trained once per test run by <c>contentguard train classifier</c> on the tiny synthetic fixtures
/// in Fixtures/data, plus a copy whose threshold is 0 (it flags every scored sentence).
/// </summary>
internal static class FixtureModel
{
    private static readonly Lazy<(string Path, string FlagAllPath, string Output)> Lazy = new(Train);

    public static string DataDirectory => System.IO.Path.Combine(AppContext.BaseDirectory, "Detectors", "Offensive", "Fixtures", "data");

    /// <summary>The trained fixture model.</summary>
    public static string Path => Lazy.Value.Path;

    /// <summary>The fixture model with threshold 0 and critical threshold 1: every scored sentence is a major finding.</summary>
    public static string FlagAllPath => Lazy.Value.FlagAllPath;

    /// <summary>What the train command printed.</summary>
    public static string TrainOutput => Lazy.Value.Output;

    private static (string, string, string) Train()
    {
        var dir = Directory.CreateTempSubdirectory("cg-offensive-").FullName;
        var path = System.IO.Path.Combine(dir, "fixture.zip");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(["train", "classifier", "--data", DataDirectory, "--out", path, "--trainers", "lbfgs-c3"], TextReader.Null, output, error);
        if (code != CliApp.ExitOk)
        {
            throw new InvalidOperationException($"Training the fixture model failed ({code}): {error}");
        }

        var flagAll = System.IO.Path.Combine(dir, "flag-all.zip");
        File.Copy(path, flagAll);
        var info = OffensiveModel.Load(path).Info;
        OffensiveModel.WriteInfo(flagAll, info with { Threshold = 0, CriticalThreshold = 1 });
        return (path, flagAll, output.ToString());
    }
}
