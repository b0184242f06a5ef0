using System.CommandLine;
using System.Globalization;
using System.Text;
using ContentGuard.Detectors.Typo;

namespace ContentGuard.Cli;

/// <summary>
/// <c>contentguard train ngram --corpus FILE [--corpus FILE …] --out lexicons/typo/charngram.tsv [--min-count 2]</c>:
/// counts characters and adjacent character pairs (CJK ideographs only, pairs never cross punctuation) in running text
/// (plain lines, or the <c>text</c> column of a TSV) and writes the table the typo detector embeds.
/// </summary>
internal static class TrainNgramCommand
{
    /// <summary>The <c>train ngram</c> command.</summary>
    public static Command Create(TextWriter stdout)
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Running text: plain UTF-8 lines (e.g. ../shared/data/corpus/gov_text_train.txt) or a .tsv whose 'text' column is read; repeatable.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "The table to write.", DefaultValueFactory = _ => "lexicons/typo/charngram.tsv" };
        var minCount = new Option<int>("--min-count") { Description = "Drop pairs seen fewer times.", DefaultValueFactory = _ => 2 };
        var command = new Command("ngram", "Character unigram/bigram counts for the typo detector's context model.") { corpus, output, minCount };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(corpus)!;
            var uni = new Dictionary<char, int>();
            var bi = new Dictionary<(char, char), int>();
            long chars = 0;
            foreach (var path in paths)
            {
                if (!File.Exists(path))
                {
                    throw new CliException($"{path}: no such file.");
                }

                chars += CharNgramModel.CountText(Lines(path), uni, bi);
            }

            var names = string.Join(" + ", paths.Select(Path.GetFileName));

            var min = parse.GetValue(minCount);
            var outPath = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            using var w = new StreamWriter(outPath, false, new UTF8Encoding(false)) { NewLine = "\n" };
            w.WriteLine($"# source: character counts of {names} ({chars.ToString(CultureInfo.InvariantCulture)} CJK chars of official Chinese prose; each corpus, its source and licence: the README beside it under shared/data, and docs/typo.md)");
            w.WriteLine($"# version: charngram-{DateTime.UtcNow:yyyy.MM.dd}");
            w.WriteLine($"# current-to: {DateTime.UtcNow:yyyy-MM-dd}");
            w.WriteLine("# licence: MIT, written by ContentGuard (counts only; the texts are public-domain official documents)");
            w.WriteLine($"# command: contentguard train ngram {string.Join(' ', paths.Select(p => "--corpus " + p))} --out lexicons/typo/charngram.tsv --min-count {min.ToString(CultureInfo.InvariantCulture)}");
            w.WriteLine("# content: gram = one char (unigram) or two adjacent chars (bigram, never across punctuation); count = occurrences. Bigrams seen fewer than min-count times are dropped.");
            w.WriteLine("gram\tcount");
            foreach (var (c, n) in uni.OrderByDescending(p => p.Value).ThenBy(p => p.Key))
            {
                w.WriteLine($"{c}\t{n.ToString(CultureInfo.InvariantCulture)}");
            }

            var kept = 0;
            foreach (var ((a, b), n) in bi.Where(p => p.Value >= min).OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2))
            {
                w.WriteLine($"{a}{b}\t{n.ToString(CultureInfo.InvariantCulture)}");
                kept++;
            }

            stdout.WriteLine($"{outPath}: {uni.Count} chars, {kept} of {bi.Count} pairs (min count {min}) from {chars} chars.");
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The lines of a plain text file, or the <c>text</c> column of a TSV with a header.</summary>
    private static IEnumerable<string> Lines(string path) =>
        path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)
            ? EvalTypoCommand.Read(path).Select(item => item.Source)
            : File.ReadLines(path, Encoding.UTF8);
}
