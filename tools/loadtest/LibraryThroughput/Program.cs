using System.Diagnostics;
using System.Globalization;
using ContentGuard;

// Usage: LibraryThroughput FILE [threads=16] [seconds=60]
// Runs ContentChecker.Check on FILE from `threads` threads for `seconds` (after a 5 s warm-up) and prints checks/s and
// latency percentiles, the same figures wrk reports for the API.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: LibraryThroughput FILE [threads=16] [seconds=60]");
    return 2;
}

var text = File.ReadAllText(args[0]);
var threads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 60;
var checker = new ContentCheckerBuilder().UseDefaults().Build();
var options = new CheckOptions { TimeBudget = TimeSpan.FromSeconds(5) };

Run(TimeSpan.FromSeconds(5));
var (count, latencies, elapsed) = Run(TimeSpan.FromSeconds(seconds));
latencies.Sort();
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"library: {text.Length} chars, {threads} threads, {elapsed.TotalSeconds:0.0} s"));
Console.WriteLine(string.Create(inv, $"checks: {count}"));
Console.WriteLine(string.Create(inv, $"checks/s: {count / elapsed.TotalSeconds:0.0}"));
Console.WriteLine(string.Create(inv, $"p50 ms: {Percentile(latencies, 0.50):0.000}"));
Console.WriteLine(string.Create(inv, $"p99 ms: {Percentile(latencies, 0.99):0.000}"));
Console.WriteLine(string.Create(inv, $"findings per check: {checker.Check(text, options).Matches.Count}"));
return 0;

(long Count, List<double> Latencies, TimeSpan Elapsed) Run(TimeSpan duration)
{
    var perThread = new List<double>[threads];
    var started = Stopwatch.GetTimestamp();
    var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
    {
        var mine = new List<double>(1 << 16);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var t0 = Stopwatch.GetTimestamp();
            _ = checker.Check(text, options);
            mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        perThread[i] = mine;
    })).ToList();
    workers.ForEach(w => w.Start());
    workers.ForEach(w => w.Join());
    var elapsedTime = Stopwatch.GetElapsedTime(started);
    var all = perThread.SelectMany(l => l).ToList();
    return (all.Count, all, elapsedTime);
}

static double Percentile(List<double> sorted, double p) =>
    sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
