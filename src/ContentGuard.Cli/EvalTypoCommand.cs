using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ContentGuard.Detectors.Typo;

namespace ContentGuard.Cli;

/// <summary>
/// <c>contentguard eval typo --data FILE [--format json]</c>: sentence-level Chinese spelling-check metrics of the TYPO
/// detector. FILE is JSON lines <c>{"id","source","target"}</c> (SIGHAN / ECSpell as converted in shared/data/csc) or a
/// TSV with a <c>text</c> column (every sentence correct: only the false-alarm rate is meaningful).
/// </summary>
internal static class EvalTypoCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "JSON lines {id, source, target} or a TSV with a 'text' column (all correct).", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var minGain = new Option<double?>("--min-gain") { Description = "Override the confusion scorer's least ln-probability gain (tuning)." };
        var minFreq = new Option<int?>("--min-freq") { Description = "Override the least dictionary count of a corrected word (tuning)." };
        var rareFreq = new Option<int?>("--rare-freq") { Description = "Override the count under which a dictionary word is still suspect (tuning)." };
        var maxPer = new Option<int?>("--max-per-sentence") { Description = "Override the most confusion findings per sentence (tuning)." };
        var ngramWeight = new Option<double?>("--ngram-weight") { Description = "Override the weight of the character bigram gain (tuning)." };
        var attested = new Option<int?>("--attested") { Description = "Override the official-prose count that vetoes a correction (tuning; 0 = off)." };
        var nearPenalty = new Option<double?>("--near-penalty") { Description = "Override the extra gain a fuzzy-reading candidate needs (tuning)." };
        var shapePenalty = new Option<double?>("--shape-penalty") { Description = "Override the extra gain a look-alike-only candidate needs (tuning)." };
        var ngramScale = new Option<double?>("--ngram-scale") { Description = "Override the scale of official-prose pair counts (tuning)." };
        var nearSound = new Option<bool>("--near-sound") { Description = "Also try fuzzy-reading candidates (tuning)." };
        var noNames = new Option<bool>("--no-name-guard") { Description = "Turn the name guard off (tuning)." };
        var only = new Option<string?>("--only") { Description = "curated, particle or confusion: run one part only; no-particle: everything but the particle rules." };
        var set = new Option<string[]>("--set") { Description = "Override any TypoSettings property, e.g. --set BoundaryPenalty=2.5 (tuning; repeatable).", AllowMultipleArgumentsPerToken = true };
        var scorer = new Option<string?>("--scorer") { Description = "A learned candidate scorer table (made by train typo) instead of the embedded one, or 'none' for the plain gain threshold (--min-gain)." };
        var scorerThreshold = new Option<double?>("--scorer-threshold") { Description = "Override the learned scorer's log-odds threshold (tuning)." };
        var ngram = new Option<string?>("--ngram") { Description = "A character-count table (made by train ngram) instead of the embedded lexicons/typo/charngram.tsv (tuning)." };
        var errors = new Option<string?>("--errors") { Description = "Write every wrong sentence (false alarms and misses) to this file." };
        var command = new Command("typo", "Sentence-level detection/correction precision, recall, F1 and the false-alarm rate of the TYPO detector.")
        {
            data, format, minGain, minFreq, rareFreq, maxPer, ngramWeight, attested, nearPenalty, shapePenalty, ngramScale, nearSound, noNames, only, set, scorer, scorerThreshold, ngram, errors,
        };
        command.SetAction(parse =>
        {
            var settings = TypoSettings.Default;
            if (parse.GetValue(minGain) is { } g)
            {
                settings = settings with { MinGain = g };
            }

            if (parse.GetValue(minFreq) is { } f)
            {
                settings = settings with { MinWordFreq = f };
            }

            if (parse.GetValue(rareFreq) is { } rf)
            {
                settings = settings with { RareWordFreq = rf };
            }

            if (parse.GetValue(maxPer) is { } mp)
            {
                settings = settings with { MaxPerSentence = mp };
            }

            if (parse.GetValue(ngramWeight) is { } nw)
            {
                settings = settings with { NgramWeight = nw };
            }

            if (parse.GetValue(attested) is { } at)
            {
                settings = settings with { AttestedCount = at };
            }

            if (parse.GetValue(nearPenalty) is { } np)
            {
                settings = settings with { NearSoundPenalty = np };
            }

            if (parse.GetValue(shapePenalty) is { } sp)
            {
                settings = settings with { ShapePenalty = sp };
            }

            if (parse.GetValue(ngramScale) is { } ns)
            {
                settings = settings with { NgramScale = ns };
            }

            if (parse.GetValue(nearSound))
            {
                settings = settings with { NearSound = true };
            }

            if (parse.GetValue(noNames))
            {
                settings = settings with { GuardNames = false };
            }

            foreach (var assignment in parse.GetValue(set) ?? [])
            {
                settings = Override(settings, assignment);
            }

            if (parse.GetValue(scorer) is "none")
            {
                settings = settings with { Scorer = null };
            }
            else if (parse.GetValue(scorer) is { } scorerPath)
            {
                settings = settings with { Scorer = LearnedScorer.FromTable(TsvFile.ReadTable(scorerPath)) };
            }

            if (settings.Scorer is not null && (parse.GetValue(minGain) is not null || parse.GetValue(nearPenalty) is not null
                || parse.GetValue(shapePenalty) is not null || parse.GetValue(ngramWeight) is not null))
            {
                throw new CliException("--min-gain, --near-penalty, --shape-penalty and --ngram-weight tune the gain threshold: add --scorer none (the learned scorer decides otherwise; tune it with --scorer-threshold).");
            }

            if (parse.GetValue(scorerThreshold) is { } st)
            {
                settings = settings with { Scorer = (settings.Scorer ?? throw new CliException("--scorer-threshold needs a scorer.")).WithThreshold(st) };
            }

            settings = parse.GetValue(only) switch
            {
                null => settings,
                "curated" => settings with { Confusion = false, Particles = false },
                "particle" => settings with { Confusion = false, Curated = false },
                "confusion" => settings with { Curated = false, Particles = false },
                "no-particle" => settings with { Particles = false },
                var o => throw new CliException($"--only must be curated, particle, confusion or no-particle, not '{o}'."),
            };
            var items = Read(parse.GetValue(data)!);
            var detector = parse.GetValue(ngram) is { } ngramPath
                ? new TypoDetector(WordFrequencies.Shared, ConfusionSets.Shared, CuratedTypos.LoadEmbedded(), CharNgramModel.FromTable(TsvFile.ReadTable(ngramPath)), settings)
                : new TypoDetector(settings);
            var checker = new ContentCheckerBuilder().AddDetector(detector).Build();
            var report = Evaluate(checker, items, parse.GetValue(errors));
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(report, CheckResultJson.Options));
            }
            else
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"sentences {report.Sentences} (with errors {report.WithErrors}), flagged {report.Flagged}, {report.Seconds:F1} s"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"detection  P {report.Detection.Precision:F4}  R {report.Detection.Recall:F4}  F1 {report.Detection.F1:F4}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"correction P {report.Correction.Precision:F4}  R {report.Correction.Recall:F4}  F1 {report.Correction.F1:F4}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"false-alarm rate {report.FalseAlarmRate:F4} ({report.FalseAlarms} of {report.Sentences - report.WithErrors} correct sentences); flag rate {report.FlagRate:F4}"));
            }

            _ = stderr;
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>Applies one <c>Name=Value</c> override to a copy of the settings (tuning only).</summary>
    internal static TypoSettings Override(TypoSettings settings, string assignment)
    {
        var eq = assignment.IndexOf('=', StringComparison.Ordinal);
        var name = eq > 0 ? assignment[..eq].Trim() : throw new CliException($"--set expects Name=Value, not '{assignment}'.");
        var property = typeof(TypoSettings).GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)
            ?? throw new CliException($"TypoSettings has no property '{name}'.");
        object value;
        try
        {
            value = Convert.ChangeType(assignment[(eq + 1)..].Trim(), property.PropertyType, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new CliException($"'{assignment[(eq + 1)..]}' is not a valid {property.PropertyType.Name} for {property.Name}{(property.PropertyType.IsPrimitive ? string.Empty : " (use --scorer for the scorer)")}.");
        }

        var copy = settings with { };
        property.SetValue(copy, value);
        return copy;
    }

    internal sealed record Item(string Id, string Source, string Target);

    internal sealed record Prf(double Precision, double Recall, double F1)
    {
        public static Prf Of(int tp, int predicted, int gold)
        {
            var p = predicted == 0 ? 0 : (double)tp / predicted;
            var r = gold == 0 ? 0 : (double)tp / gold;
            return new Prf(Math.Round(p, 4), Math.Round(r, 4), Math.Round(p + r == 0 ? 0 : 2 * p * r / (p + r), 4));
        }
    }

    internal sealed record Report(
        int Sentences, int WithErrors, int Flagged, Prf Detection, Prf Correction, double FalseAlarmRate, int FalseAlarms, double FlagRate, double Seconds);

    internal static Report Evaluate(ContentChecker checker, IReadOnlyList<Item> items, string? errorsPath)
    {
        var options = new CheckOptions { EnabledCategories = ["TYPO"] };
        int withErrors = 0, flagged = 0, detTp = 0, corTp = 0, falseAlarms = 0;
        var log = errorsPath is null ? null : new StringBuilder();
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var item in items)
        {
            var gold = Diff(item.Source, item.Target);
            var result = checker.Check(item.Source, options);
            var predicted = new SortedSet<int>();
            var corrected = item.Source.ToCharArray();
            foreach (var m in result.Matches)
            {
                var replacement = m.Replacements.Count > 0 ? m.Replacements[0].Value : null;
                if (replacement is not null && replacement.Length == m.Length)
                {
                    for (var k = 0; k < m.Length; k++)
                    {
                        if (item.Source[m.Offset + k] != replacement[k])
                        {
                            predicted.Add(m.Offset + k);
                            corrected[m.Offset + k] = replacement[k];
                        }
                    }
                }
                else
                {
                    for (var k = 0; k < m.Length; k++)
                    {
                        predicted.Add(m.Offset + k);
                    }
                }
            }

            var hasError = gold.Count > 0;
            withErrors += hasError ? 1 : 0;
            if (predicted.Count == 0)
            {
                if (hasError)
                {
                    log?.AppendLine(CultureInfo.InvariantCulture, $"MISS\t{item.Id}\t{item.Source}\t{item.Target}");
                }

                continue;
            }

            flagged++;
            var detected = predicted.SetEquals(gold);
            var fixedIt = detected && string.Equals(new string(corrected), item.Target, StringComparison.Ordinal);
            detTp += hasError && detected ? 1 : 0;
            corTp += hasError && fixedIt ? 1 : 0;
            falseAlarms += hasError ? 0 : 1;
            {
                var kind = fixedIt ? "HIT" : hasError ? (detected ? "WRONGFIX" : "WRONGPOS") : "FALSE";
                var what = string.Join("; ", result.Matches.Select(m => $"{m.Text}->{(m.Replacements.Count > 0 ? m.Replacements[0].Value : "?")} [{m.Rule.Id} {m.Source.Confidence} {m.Message[^Math.Min(12, m.Message.Length)..]}]"));
                log?.AppendLine(CultureInfo.InvariantCulture, $"{kind}\t{item.Id}\t{item.Source}\t{item.Target}\t{what}");
            }
        }

        if (errorsPath is not null)
        {
            File.WriteAllText(errorsPath, log!.ToString(), Encoding.UTF8);
        }

        var negatives = items.Count - withErrors;
        return new Report(
            items.Count,
            withErrors,
            flagged,
            Prf.Of(detTp, flagged, withErrors),
            Prf.Of(corTp, flagged, withErrors),
            negatives == 0 ? 0 : Math.Round((double)falseAlarms / negatives, 4),
            falseAlarms,
            items.Count == 0 ? 0 : Math.Round((double)flagged / items.Count, 4),
            Math.Round(System.Diagnostics.Stopwatch.GetElapsedTime(t0).TotalSeconds, 2));
    }

    private static HashSet<int> Diff(string source, string target)
    {
        var set = new HashSet<int>();
        if (source.Length != target.Length)
        {
            return set;
        }

        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] != target[i])
            {
                set.Add(i);
            }
        }

        return set;
    }

    internal static List<Item> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        var items = new List<Item>();
        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            var header = reader.ReadLine()?.Split('\t') ?? [];
            var col = Array.IndexOf(header, "text");
            if (col < 0)
            {
                throw new CliException($"{path}: a TSV needs a 'text' column.");
            }

            var n = 0;
            while (reader.ReadLine() is { } line)
            {
                var cells = line.Split('\t');
                if (cells.Length > col && cells[col].Length > 0)
                {
                    n++;
                    items.Add(new Item(n.ToString(CultureInfo.InvariantCulture), cells[col], cells[col]));
                }
            }

            return items;
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var source = root.GetProperty("source").GetString() ?? string.Empty;
                var target = root.TryGetProperty("target", out var t) ? t.GetString() ?? source : source;
                var id = root.TryGetProperty("id", out var i) ? i.GetString() ?? lineNumber.ToString(CultureInfo.InvariantCulture) : lineNumber.ToString(CultureInfo.InvariantCulture);
                items.Add(new Item(id, source, target));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new CliException($"{path}:{lineNumber}: not a JSON object {{\"id\",\"source\",\"target\"}} ({e.Message}).");
            }
        }

        return items;
    }
}
