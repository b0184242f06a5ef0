using System.CommandLine;
using System.Diagnostics;
using System.Text;
using ContentGuard.Data;
using ContentGuard.Detectors.Lexicon;
using ContentGuard.Lexicon;
using ContentGuard.Normalization;

namespace ContentGuard.Cli;

/// <summary>
/// <c>contentguard eval lexicon --data FILE [--lexicons DIR] [--noisy FILE]</c>: how often the lexicons flag ordinary
/// text (sentences of a TSV with a <c>text</c> column, flagged = a lexicon finding at severity major or above) and,
/// with <c>--noisy</c>, the recall of the planted evasions of the benchmark's noisy text (its <c>lexicon.txt</c> beside it).
/// </summary>
internal static class EvalLexiconCommand
{
    private const string PlantedNoise = "* .-_|#、·～＊";

    /// <summary>Adds <c>lexicon</c> under the <c>eval</c> command (created when missing).</summary>
    public static Command Create(TextWriter stdout)
    {
        var data = new Option<string?>("--data") { Description = "A TSV of ordinary sentences (column 'text'), e.g. shared/data/classifier/gov_statutes/test.tsv." };
        var lexicons = new Option<string?>("--lexicons") { Description = "A folder of *.lex.tsv, *.allow.tsv and context.tsv to use instead of the embedded lexicons." };
        var noisy = new Option<string?>("--noisy") { Description = "The benchmark's text_noisy.txt (lexicon.txt beside it): recall of the planted evasions." };
        var top = new Option<int>("--top") { Description = "How many of the most frequent flagged terms to list.", DefaultValueFactory = _ => 15 };
        var command = new Command("lexicon", "Flag rate of the lexicons on ordinary sentences, and recall on noisy text.") { data, lexicons, noisy, top };
        command.SetAction(parse =>
        {
            var dataPath = parse.GetValue(data);
            var noisyPath = parse.GetValue(noisy);
            if (dataPath is null && noisyPath is null)
            {
                throw new CliException("give --data FILE and/or --noisy FILE.");
            }

            if (dataPath is not null)
            {
                FlagRate(dataPath, parse.GetValue(lexicons), parse.GetValue(top), stdout);
            }

            if (noisyPath is not null)
            {
                Recall(noisyPath, stdout);
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static void FlagRate(string dataPath, string? lexiconDir, int top, TextWriter stdout)
    {
        var detector = LexiconDetectorFor(lexiconDir);
        var checker = new ContentCheckerBuilder().AddDetector(detector).Build();
        var table = TsvFile.ReadTable(dataPath);
        if (!table.HasColumn("text"))
        {
            throw new CliException($"{dataPath}: no 'text' column.");
        }

        var sentences = 0;
        var flagged = 0;
        var anyHit = 0;
        var byTerm = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySeverity = new Dictionary<Severity, int>();
        var sw = Stopwatch.StartNew();
        foreach (var row in table.Rows)
        {
            var text = row["text"];
            if (text.Length == 0)
            {
                continue;
            }

            sentences++;
            var matches = checker.Check(text).Matches;
            if (matches.Count > 0)
            {
                anyHit++;
            }

            if (matches.Any(m => m.Severity >= Severity.Major))
            {
                flagged++;
            }

            foreach (var m in matches)
            {
                bySeverity[m.Severity] = bySeverity.GetValueOrDefault(m.Severity) + 1;
                if (m.Severity >= Severity.Major)
                {
                    var key = $"{m.Text} ({m.Rule.Category.Id}, {m.Severity.ToString().ToLowerInvariant()})";
                    byTerm[key] = byTerm.GetValueOrDefault(key) + 1;
                }
            }
        }

        var rate = sentences == 0 ? 0 : 100.0 * flagged / sentences;
        stdout.WriteLine($"data: {dataPath}");
        stdout.WriteLine($"lexicons: {(lexiconDir is null ? "embedded" : Path.GetFullPath(lexiconDir))} ({detector.Lexicon.Entries.Count:N0} terms)");
        stdout.WriteLine($"sentences: {sentences:N0}; flagged at major or above: {flagged:N0} ({rate:F2} %); with any lexicon finding: {anyHit:N0}");
        stdout.WriteLine($"findings by severity: critical {bySeverity.GetValueOrDefault(Severity.Critical)}, major {bySeverity.GetValueOrDefault(Severity.Major)}, minor {bySeverity.GetValueOrDefault(Severity.Minor)}");
        stdout.WriteLine($"time: {sw.Elapsed.TotalSeconds:F2} s");
        foreach (var (term, count) in byTerm.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
        {
            stdout.WriteLine($"  {count,5}  {term}");
        }
    }

    private static LexiconDetector LexiconDetectorFor(string? lexiconDir)
    {
        var normalizer = new Normalizer(CharData.TraditionalToSimplified);
        if (lexiconDir is null)
        {
            return LexiconDetector.FromTables(EmbeddedData.Names.Where(CompiledLexicon.IsLexiconResource).Select(EmbeddedData.ReadTable), normalizer);
        }

        if (!Directory.Exists(lexiconDir))
        {
            throw new CliException($"{lexiconDir}: no such folder.");
        }

        var files = Directory.GetFiles(lexiconDir, "*.tsv").Select(f => "lexicons/" + Path.GetFileName(f)).Where(CompiledLexicon.IsLexiconResource).Order(StringComparer.Ordinal);
        return LexiconDetector.FromTables(files.Select(f => TsvFile.ReadTable(Path.Combine(lexiconDir, Path.GetFileName(f)))), normalizer);
    }

    private static void Recall(string noisyPath, TextWriter stdout)
    {
        var lexiconPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(noisyPath))!, "lexicon.txt");
        if (!File.Exists(noisyPath) || !File.Exists(lexiconPath))
        {
            throw new CliException($"{noisyPath} and lexicon.txt beside it are needed.");
        }

        var lexicon = File.ReadAllLines(lexiconPath).Where(l => l.Length > 0).ToArray();
        var text = File.ReadAllText(noisyPath);
        var automaton = LexiconAutomatonBuilder.Build(lexicon, new CharClasses(new Normalizer(CharData.TraditionalToSimplified)), out var keyOfTerm);
        var matches = new List<LexiconMatch>();
        automaton.FindAllEvasive(text, default, matches);
        var found = matches.Select(m => (m.Start, m.Key)).ToHashSet();
        var keyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lexicon.Length; i++)
        {
            keyOf[lexicon[i]] = keyOfTerm[i];
        }

        var planted = Planted(text, lexicon);
        var hit = planted.Count(p => found.Contains((p.Start, keyOf[p.Term])));
        stdout.WriteLine($"noisy text: {noisyPath}");
        stdout.WriteLine($"planted evasions (a term of 3+ chars with one noise char of '{PlantedNoise}' between its chars): {planted.Count:N0}; found: {hit:N0} ({(planted.Count == 0 ? 0 : 100.0 * hit / planted.Count):F1} %)");
    }

    /// <summary>Every (start, term), longest per start, where a lexicon term of 3+ chars stands with one noise char between its chars.</summary>
    private static List<(int Start, string Term)> Planted(string text, string[] lexicon)
    {
        var set = lexicon.Where(t => t.Length >= 3).ToHashSet(StringComparer.Ordinal);
        var result = new List<(int, string)>();
        var chars = new StringBuilder();
        for (var i = 0; i + 4 < text.Length; i++)
        {
            var nz = text[i + 1];
            if (PlantedNoise.IndexOf(nz, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            string? best = null;
            chars.Clear().Append(text[i]);
            for (var j = i + 2; j < text.Length && chars.Length < 6; j += 2)
            {
                chars.Append(text[j]);
                if (chars.Length >= 3 && set.Contains(chars.ToString()))
                {
                    best = chars.ToString();
                }

                if (j + 1 >= text.Length || text[j + 1] != nz)
                {
                    break;
                }
            }

            if (best is not null)
            {
                result.Add((i, best));
            }
        }

        return result;
    }
}
