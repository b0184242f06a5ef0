namespace ContentGuard.Cli;

/// <summary>Writes findings like compiler diagnostics: <c>file:line:col: severity CATEGORY message → replacement</c>.</summary>
internal static class DiagnosticWriter
{
    public static void Write(TextWriter output, string name, string source, CheckResult result, bool color)
    {
        var lines = new LineIndex(source);
        foreach (var f in result.Matches)
        {
            var (line, column) = lines.Locate(f.Offset);
            var severity = f.Severity.ToString().ToLowerInvariant();
            if (color)
            {
                var code = f.Severity switch { Severity.Critical => "1;31", Severity.Major => "1;33", _ => "36" };
                severity = $"\u001b[{code}m{severity}\u001b[0m";
            }

            var replacement = f.Replacements.Count > 0 ? $" → {f.Replacements[0].Value}" : string.Empty;
            output.WriteLine($"{name}:{line}:{column}: {severity} {f.Rule.Category.Id} {f.Message}{replacement}");
        }

        var d = result.Decision;
        var label = d.Suggestion switch { Suggestion.Block => "禁止发布", Suggestion.Review => "需人工复核", _ => "可以发布" };
        output.WriteLine($"{name}: {d.Suggestion.ToString().ToLowerInvariant()} ({label}), {result.Matches.Count} finding(s)");
    }

    /// <summary>1-based line and column (UTF-16 code units) of offsets.</summary>
    private sealed class LineIndex
    {
        private readonly List<int> _starts = [0];

        public LineIndex(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Locate(int offset)
        {
            var i = _starts.BinarySearch(offset);
            if (i < 0)
            {
                i = ~i - 1;
            }

            return (i + 1, offset - _starts[i] + 1);
        }
    }
}
