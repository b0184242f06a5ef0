using System.CommandLine;
using System.Text;
using System.Text.Json;

namespace ContentGuard.Cli;

/// <summary><c>contentguard check FILE… | -</c>: diagnostics, JSON, or JSON lines.</summary>
internal static class CheckCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create(Func<ContentChecker> checker, TextReader stdin, TextWriter stdout, TextWriter stderr, bool color)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Files to check (.txt, .md, .html/.htm, .docx), or - for standard input. With --format jsonl, standard input is read.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: text (compiler-style diagnostics), json (the /v1/check response), jsonl (batch: one {\"id\",\"text\",\"documentDate\"?} per input line).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var date = new Option<string?>("--date") { Description = "The document date (yyyy-MM-dd); default today." };
        var html = new Option<bool>("--html") { Description = "Read standard input as HTML." };

        var command = new Command("check", "Check drafts; exit code 1 when any file's decision is block.") { files, format, date, html };
        command.SetAction(parse =>
        {
            var documentDate = ParseDate(parse.GetValue(date));
            var fmt = parse.GetValue(format)!;
            var paths = parse.GetValue(files) ?? [];
            if (fmt == "jsonl")
            {
                return RunJsonLines(checker(), stdin, stdout, documentDate);
            }

            if (paths.Length == 0)
            {
                throw new CliException("no input: name one or more files, or - for standard input.");
            }

            var worst = CliApp.ExitOk;
            foreach (var path in paths)
            {
                var input = Read(path, stdin, parse.GetValue(html));
                var result = checker().Check(input, new CheckOptions { DocumentDate = documentDate });
                if (fmt == "json")
                {
                    stdout.WriteLine(CheckResultJson.Serialize(result, indented: paths.Length == 1));
                }
                else
                {
                    DiagnosticWriter.Write(stdout, path == "-" ? "<stdin>" : path, input.Source, result, color);
                }

                if (result.Decision.Suggestion == Suggestion.Block)
                {
                    worst = CliApp.ExitBlocked;
                }
            }

            return worst;
        });
        return command;
    }

    private static int RunJsonLines(ContentChecker checker, TextReader stdin, TextWriter stdout, DateOnly? defaultDate)
    {
        var worst = CliApp.ExitOk;
        var lineNumber = 0;
        while (stdin.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            BatchItem? item;
            try
            {
                item = JsonSerializer.Deserialize<BatchItem>(line, CheckResultJson.ReadOptions);
            }
            catch (JsonException e)
            {
                throw new CliException($"standard input line {lineNumber}: not a JSON object {{\"id\",\"text\",\"documentDate\"?}} ({e.Message}).");
            }

            if (item?.Text is null)
            {
                throw new CliException($"standard input line {lineNumber}: \"text\" is missing.");
            }

            var date = item.DocumentDate is { Length: > 0 } d ? ParseDate(d) : defaultDate;
            var result = checker.Check(item.Text, new CheckOptions
            {
                Format = string.Equals(item.Format, "html", StringComparison.OrdinalIgnoreCase) ? TextFormat.Html : TextFormat.Text,
                DocumentDate = date,
                DataId = item.Id ?? lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            stdout.WriteLine(CheckResultJson.Serialize(result));
            if (result.Decision.Suggestion == Suggestion.Block)
            {
                worst = CliApp.ExitBlocked;
            }
        }

        return worst;
    }

    private static AnnotatedText Read(string path, TextReader stdin, bool stdinIsHtml)
    {
        if (path == "-")
        {
            var text = stdin.ReadToEnd();
            return stdinIsHtml ? AnnotatedText.FromHtml(text) : AnnotatedText.FromPlainText(text);
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".html" or ".htm" or ".xhtml":
                return AnnotatedText.FromHtml(ReadUtf8(path));
            case ".txt" or ".md" or ".markdown" or ".text" or "":
                return AnnotatedText.FromPlainText(ReadUtf8(path));
            case ".docx":
                try
                {
                    using var stream = File.OpenRead(path);
                    return AnnotatedText.FromDocx(stream);
                }
                catch (InvalidDataException e)
                {
                    throw new CliException($"{path}: {e.Message}");
                }

            default:
                throw new CliException($"{path}: unsupported file type '{extension}' (use .txt, .md, .html or .docx).");
        }
    }

    /// <summary>Reads a UTF-8 (or BOM-marked UTF-16) file; a GBK file would otherwise be checked as mojibake and pass.</summary>
    private static string ReadUtf8(string path)
    {
        try
        {
            return File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"{path}: not UTF-8 text (GBK and other legacy encodings are not read): convert it first, e.g. iconv -f GB18030 -t UTF-8.");
        }
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d
            : throw new CliException($"invalid date '{value}': use yyyy-MM-dd, e.g. 2026-11-27.");
    }

    private sealed record BatchItem(string? Id, string? Text, string? DocumentDate, string? Format);
}
