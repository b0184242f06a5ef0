using System.CommandLine;
using System.Globalization;
using System.Text;
using ContentGuard.Detectors.Typo;

namespace ContentGuard.Cli;

/// <summary>
/// <c>contentguard train typo --data FILE.jsonl | --synthetic CORPUS.txt [--clean FILE.tsv] --out lexicons/typo/scorer.tsv</c>: runs the confusion
/// scorer over labelled sentences, collects every candidate it scores with its features, labels a candidate right when
/// it restores the gold character of an erroneous position (and the rest of its window is right), and fits an
/// L2-regularized logistic regression (Newton's method, standardized features; deterministic) for the detector's
/// <see cref="LearnedScorer"/>. Sentences of an all-correct TSV add wrong candidates from correct text. With
/// <c>--synthetic</c> the labelled sentences are made from correct prose by <see cref="SyntheticTypos"/> (from every other
/// paragraph; the official-prose character model the detector consults is then counted from the remaining paragraphs
/// only, so that a sentence's own pairs do not vouch for it).
/// </summary>
internal static class TrainTypoCommand
{
    public static Command Create(TextWriter stdout)
    {
        var data = new Option<string[]>("--data") { Description = "JSON lines {id, source, target} with gold corrections (e.g. ecspell_odw_train.jsonl); repeatable.", AllowMultipleArgumentsPerToken = true };
        var synthetic = new Option<string?>("--synthetic") { Description = "Correct prose, one paragraph a line (e.g. gov_text_train.txt): make labelled sentences with injected confusion-set typos." };
        var syntheticLimit = new Option<int>("--synthetic-limit") { Description = "How many synthetic sentences to make.", DefaultValueFactory = _ => 10000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic sentences (deterministic).", DefaultValueFactory = _ => 1 };
        var cleanShare = new Option<double>("--synthetic-clean-share") { Description = "Share of synthetic sentences left unchanged.", DefaultValueFactory = _ => 0.5 };
        var soundShare = new Option<double>("--sound-share") { Description = "Chance that an injected typo sounds like the right character (else it only looks like it).", DefaultValueFactory = _ => 0.8 };
        var syntheticOut = new Option<string?>("--synthetic-out") { Description = "Also write the synthetic sentences as JSON lines {id, source, target} (for inspection or eval typo; never into the repo)." };
        var noHoldout = new Option<bool>("--no-ngram-holdout") { Description = "With --synthetic: use all paragraphs and the embedded official-prose model (which has counted the sentences themselves)." };
        var clean = new Option<string[]>("--clean") { Description = "TSVs with a 'text' column of correct sentences (wrong candidates only); repeatable.", AllowMultipleArgumentsPerToken = true };
        var cleanLimit = new Option<int>("--clean-limit") { Description = "Use at most this many sentences of each clean file (the first ones).", DefaultValueFactory = _ => 5000 };
        var output = new Option<string>("--out") { Description = "The table to write.", DefaultValueFactory = _ => "lexicons/typo/scorer.tsv" };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty on the standardized weights.", DefaultValueFactory = _ => 1.0 };
        var threshold = new Option<double>("--threshold") { Description = "The log-odds a candidate needs to be reported (written into the table).", DefaultValueFactory = _ => 0.0 };
        var nearSound = new Option<bool>("--near-sound") { Description = "Also collect fuzzy-reading candidates (for a scorer used with NearSound on)." };
        var ngramTable = new Option<string?>("--ngram") { Description = "The character-count table (made by train ngram) that gives the attestation feature while fitting, instead of the embedded one." };
        var command = new Command("typo", "Fit the typo detector's learned candidate scorer on labelled sentences.") { data, synthetic, syntheticLimit, seed, cleanShare, soundShare, syntheticOut, noHoldout, clean, cleanLimit, output, l2, threshold, nearSound, ngramTable };
        command.SetAction(parse =>
        {
            var syntheticPath = parse.GetValue(synthetic);
            if ((parse.GetValue(data) ?? []).Length == 0 && syntheticPath is null)
            {
                throw new CliException("Give labelled sentences: --data FILE.jsonl and/or --synthetic CORPUS.txt.");
            }

            var holdout = syntheticPath is not null && !parse.GetValue(noHoldout);
            if (holdout && parse.GetValue(ngramTable) is not null)
            {
                // The held-out counts would replace the table silently (and the header would still name it).
                throw new CliException("--ngram and --synthetic's held-out official-prose counts both give the attestation table: add --no-ngram-holdout to fit with --ngram.");
            }

            List<EvalTypoCommand.Item> made = [];
            var ngram = parse.GetValue(ngramTable) is { } table ? CharNgramModel.FromTable(TsvFile.ReadTable(table)) : CharNgramModel.Embedded;
            var syntheticNote = string.Empty;
            if (syntheticPath is not null)
            {
                if (!File.Exists(syntheticPath))
                {
                    throw new CliException($"{syntheticPath}: no such file.");
                }

                var paragraphs = File.ReadAllLines(syntheticPath, Encoding.UTF8);
                if (holdout)
                {
                    ngram = HeldOutNgram(paragraphs);
                }

                var synthOptions = new SyntheticTypos.Options(parse.GetValue(syntheticLimit), parse.GetValue(seed), parse.GetValue(cleanShare), parse.GetValue(soundShare));
                made = SyntheticTypos.Make(holdout ? paragraphs.Where((_, k) => k % 2 == 1) : paragraphs, ConfusionSets.Shared, WordFrequencies.Shared, synthOptions);
                syntheticNote = string.Create(CultureInfo.InvariantCulture, $"{made.Count} synthetic sentences of {Path.GetFileName(syntheticPath)} ({made.Count(m => m.Source != m.Target)} with injected typos, seed {synthOptions.Seed}, sound share {synthOptions.SoundShare}{(holdout ? "; odd paragraphs, official-prose counts from the even ones" : string.Empty)})");
                if (parse.GetValue(syntheticOut) is { } outFile)
                {
                    WriteJsonLines(outFile, made);
                }
            }

            var rows = new List<(double[] X, bool Y)>();
            var current = new List<(int I, int S, int Len, char X, CandidateFeatures F)>();
            var settings = TypoSettings.Default with { Curated = false, Scorer = null, NearSound = parse.GetValue(nearSound) };
            var detector = new TypoDetector(WordFrequencies.Shared, ConfusionSets.Shared, CuratedTypos.LoadEmbedded(), ngram, settings) { Collector = (i, s, len, x, f) => current.Add((i, s, len, x, f)) };
            var checker = new ContentCheckerBuilder().AddDetector(detector).Build();
            var options = new CheckOptions { EnabledCategories = ["TYPO"] };
            var positives = 0;
            var sentences = 0;
            var sources = new List<string>();

            void Collect(EvalTypoCommand.Item item)
            {
                if (item.Source.Length != item.Target.Length || item.Source.Any(c => c is >= '\u200B' and <= '\u200F' || c == '\uFEFF'))
                {
                    return;
                }

                current.Clear();
                checker.Check(item.Source, options);
                sentences++;
                foreach (var (i, s, len, x, f) in current)
                {
                    var right = item.Source[i] != item.Target[i] && item.Target[i] == x;
                    for (var k = s; right && k < s + len; k++)
                    {
                        right = k == i || item.Source[k] == item.Target[k];
                    }

                    var v = new double[CandidateFeatures.Count];
                    f.CopyTo(v);
                    rows.Add((v, right));
                    positives += right ? 1 : 0;
                }
            }

            foreach (var path in parse.GetValue(data) ?? [])
            {
                foreach (var item in EvalTypoCommand.Read(path))
                {
                    Collect(item);
                }

                sources.Add(Path.GetFileName(path));
            }

            foreach (var item in made)
            {
                Collect(item);
            }

            if (syntheticPath is not null)
            {
                sources.Add(syntheticNote);
            }

            foreach (var path in parse.GetValue(clean) ?? [])
            {
                foreach (var item in EvalTypoCommand.Read(path).Take(parse.GetValue(cleanLimit)))
                {
                    Collect(item);
                }

                sources.Add($"{Path.GetFileName(path)} (first {parse.GetValue(cleanLimit)} sentences, all correct)");
            }

            if (positives == 0 || positives == rows.Count)
            {
                throw new CliException("The data gave no right or no wrong candidates; nothing to fit.");
            }

            var (mean, scale, weight, bias) = Fit(rows, parse.GetValue(l2));
            var outPath = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            using (var w = new StreamWriter(outPath, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                var inv = CultureInfo.InvariantCulture;
                w.WriteLine($"# source: logistic regression over the confusion scorer's candidates in {string.Join(", ", sources)}: {sentences.ToString(inv)} sentences, {rows.Count.ToString(inv)} candidates, {positives.ToString(inv)} right");
                w.WriteLine("# version: typo-scorer-" + DateTime.UtcNow.ToString("yyyy.MM.dd", inv));
                w.WriteLine("# current-to: " + DateTime.UtcNow.ToString("yyyy-MM-dd", inv));
                w.WriteLine("# licence: MIT, written by ContentGuard (weights only; no sentence of the data is kept)");
                var ngramPath = parse.GetValue(ngramTable);
                if (ngramPath is not null)
                {
                    w.WriteLine($"# ngram: the attestation feature was computed with the character table {ngramPath}, not the embedded charngram.tsv (docs/typo.md says why)");
                }

                w.WriteLine("# command: " + CommandLine(parse, data, synthetic, syntheticLimit, seed, cleanShare, soundShare, noHoldout, clean, cleanLimit, l2, threshold, nearSound, ngramPath, outPath));
                w.WriteLine("feature\tmean\tscale\tweight");
                for (var k = 0; k < CandidateFeatures.Count; k++)
                {
                    w.WriteLine(string.Create(inv, $"{CandidateFeatures.Names[k]}\t{mean[k]:R}\t{scale[k]:R}\t{weight[k]:R}"));
                }

                w.WriteLine(string.Create(inv, $"(bias)\t\t\t{bias:R}"));
                w.WriteLine(string.Create(inv, $"(threshold)\t\t\t{parse.GetValue(threshold):R}"));
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sentences} sentences, {rows.Count} candidates ({positives} right) → {outPath}"));
            for (var k = 0; k < CandidateFeatures.Count; k++)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {CandidateFeatures.Names[k],-14} {weight[k],8:F3}"));
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"(bias)",-14} {bias,8:F3}"));
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The command that remakes the table (recorded in its header).</summary>
    private static string CommandLine(
        ParseResult parse, Option<string[]> data, Option<string?> synthetic, Option<int> syntheticLimit, Option<int> seed, Option<double> cleanShare, Option<double> soundShare,
        Option<bool> noHoldout, Option<string[]> clean, Option<int> cleanLimit, Option<double> l2, Option<double> threshold, Option<bool> nearSound, string? ngramPath, string outPath)
    {
        var inv = CultureInfo.InvariantCulture;
        var parts = new List<string> { "contentguard train typo" };
        parts.AddRange((parse.GetValue(data) ?? []).Select(p => "--data " + p));
        if (parse.GetValue(synthetic) is { } s)
        {
            parts.Add($"--synthetic {s} --synthetic-limit {parse.GetValue(syntheticLimit).ToString(inv)} --seed {parse.GetValue(seed).ToString(inv)} --synthetic-clean-share {parse.GetValue(cleanShare).ToString(inv)} --sound-share {parse.GetValue(soundShare).ToString(inv)}");
            if (parse.GetValue(noHoldout))
            {
                parts.Add("--no-ngram-holdout");
            }
        }

        parts.AddRange((parse.GetValue(clean) ?? []).Select(p => "--clean " + p));
        if ((parse.GetValue(clean) ?? []).Length > 0)
        {
            parts.Add("--clean-limit " + parse.GetValue(cleanLimit).ToString(inv));
        }

        if (parse.GetValue(nearSound))
        {
            parts.Add("--near-sound");
        }

        if (ngramPath is not null)
        {
            parts.Add("--ngram " + ngramPath);
        }

        parts.Add($"--l2 {parse.GetValue(l2).ToString(inv)} --threshold {parse.GetValue(threshold).ToString(inv)} --out {outPath}");
        return string.Join(' ', parts);
    }

    /// <summary>
    /// The official-prose character model counted from the even paragraphs only, its counts scaled to the size of the
    /// whole corpus (×2 for half of it). The corpus itself is the measure, not the embedded table: that table may count
    /// more text (since 2026-11-27 it adds the statute sentences), which would scale the half by more than 2.
    /// </summary>
    internal static CharNgramModel HeldOutNgram(IReadOnlyList<string> paragraphs)
    {
        var uni = new Dictionary<char, int>();
        var bi = new Dictionary<(char, char), int>();
        var counted = CharNgramModel.CountText(paragraphs.Where((_, k) => k % 2 == 0), uni, bi);
        var whole = counted + CharNgramModel.CountText(paragraphs.Where((_, k) => k % 2 == 1), [], []);
        var scale = counted == 0 ? 1.0 : (double)whole / counted;
        return CharNgramModel.FromCounts(uni, bi, minCount: 2, scale, "held-out");
    }

    private static void WriteJsonLines(string path, IEnumerable<EvalTypoCommand.Item> items)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var item in items)
        {
            w.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = item.Id, source = item.Source, target = item.Target }, JsonLines));
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonLines = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Standardizes the features and fits logistic regression with an L2 penalty by Newton's method.</summary>
    internal static (double[] Mean, double[] Scale, double[] Weight, double Bias) Fit(IReadOnlyList<(double[] X, bool Y)> rows, double l2)
    {
        var d = CandidateFeatures.Count;
        var mean = new double[d];
        var scale = new double[d];
        foreach (var (x, _) in rows)
        {
            for (var k = 0; k < d; k++)
            {
                mean[k] += x[k] / rows.Count;
            }
        }

        foreach (var (x, _) in rows)
        {
            for (var k = 0; k < d; k++)
            {
                scale[k] += (x[k] - mean[k]) * (x[k] - mean[k]) / rows.Count;
            }
        }

        for (var k = 0; k < d; k++)
        {
            scale[k] = Math.Sqrt(scale[k]) is var sd && sd > 1e-9 ? sd : 1.0;
        }

        // Parameters: d weights then the bias (index d), which is not penalized.
        var theta = new double[d + 1];
        var z = new double[d + 1];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var grad = new double[d + 1];
            var hess = new double[d + 1, d + 1];
            foreach (var (x, y) in rows)
            {
                for (var k = 0; k < d; k++)
                {
                    z[k] = (x[k] - mean[k]) / scale[k];
                }

                z[d] = 1;
                var s = 0.0;
                for (var k = 0; k <= d; k++)
                {
                    s += theta[k] * z[k];
                }

                var p = 1 / (1 + Math.Exp(-s));
                var r = p - (y ? 1 : 0);
                var wgt = p * (1 - p);
                for (var a = 0; a <= d; a++)
                {
                    grad[a] += r * z[a];
                    for (var b = 0; b <= d; b++)
                    {
                        hess[a, b] += wgt * z[a] * z[b];
                    }
                }
            }

            for (var k = 0; k < d; k++)
            {
                grad[k] += l2 * theta[k];
                hess[k, k] += l2;
            }

            var step = Solve(hess, grad);
            var change = 0.0;
            for (var k = 0; k <= d; k++)
            {
                theta[k] -= step[k];
                change = Math.Max(change, Math.Abs(step[k]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        return (mean, scale, theta[..d], theta[d]);
    }

    /// <summary>Solves <c>A x = b</c> by Gaussian elimination with partial pivoting (A is small and positive definite).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (var c = 0; c < n; c++)
            {
                (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            }

            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var r = col + 1; r < n; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var c = col; c < n; c++)
                {
                    m[r, c] -= factor * m[col, c];
                }

                x[r] -= factor * x[col];
            }
        }

        for (var r = n - 1; r >= 0; r--)
        {
            for (var c = r + 1; c < n; c++)
            {
                x[r] -= m[r, c] * x[c];
            }

            x[r] /= m[r, r];
        }

        return x;
    }
}
