namespace ContentGuard.Text;

/// <summary>
/// The plain text to check and, for every char of it, the half-open span of the caller's string it came from.
/// For plain-text input the map is the identity and no arrays are allocated.
/// Chars inserted by extraction (block breaks) map to an empty span.
/// </summary>
internal sealed class SourceMap
{
    private readonly int[]? _start;
    private readonly int[]? _end;

    private SourceMap(string source, string plain, int[]? start, int[]? end)
    {
        Source = source;
        Plain = plain;
        _start = start;
        _end = end;
    }

    /// <summary>The caller's string.</summary>
    public string Source { get; }

    /// <summary>The text that is checked.</summary>
    public string Plain { get; }

    public bool IsIdentity => _start is null;

    public static SourceMap Identity(string text) => new(text, text, null, null);

    public static SourceMap Create(string source, string plain, int[] start, int[] end)
    {
        if (start.Length != plain.Length || end.Length != plain.Length)
        {
            throw new ArgumentException("The map must have one entry per plain char.");
        }

        return new SourceMap(source, plain, start, end);
    }

    public int SourceStartOf(int plainIndex) => _start is null ? plainIndex : _start[plainIndex];

    public int SourceEndOf(int plainIndex) => _end is null ? plainIndex + 1 : _end[plainIndex];

    /// <summary>
    /// Maps a plain span to the caller's string. Inserted chars at the edges are trimmed, and the result is widened so
    /// it never splits a surrogate pair. Returns an empty range at the right place for an empty span.
    /// </summary>
    public TextRange ToSource(int plainStart, int plainEnd)
    {
        if (plainStart < 0 || plainEnd > Plain.Length || plainStart > plainEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(plainStart), $"Span [{plainStart},{plainEnd}) is outside the text of length {Plain.Length}.");
        }

        if (_start is null)
        {
            return WidenToScalars(Source, plainStart, plainEnd);
        }

        var s = plainStart;
        var e = plainEnd;
        while (s < e && _start[s] == _end![s])
        {
            s++;
        }

        while (e > s && _start[e - 1] == _end![e - 1])
        {
            e--;
        }

        if (s == e)
        {
            var at = s < Plain.Length ? _start[s] : Source.Length;
            return new TextRange(at, at);
        }

        var start = _start[s];
        var end = start;
        for (var i = s; i < e; i++)
        {
            end = Math.Max(end, _end![i]);
            start = Math.Min(start, _start[i]);
        }

        return WidenToScalars(Source, start, end);
    }

    internal static TextRange WidenToScalars(string text, int start, int end)
    {
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
        {
            start--;
        }

        if (end > 0 && end < text.Length && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return new TextRange(start, end);
    }
}
