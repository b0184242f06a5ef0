namespace ContentGuard.Segmentation;

/// <summary>
/// Splits normalized text into sentences: a sentence ends at 。！？!? or an ellipsis (with the closing quotes and brackets
/// that follow), and at every line break. Ranges exclude surrounding white space; empty sentences are dropped.
/// </summary>
internal static class SentenceSplitter
{
    public static List<TextRange> Split(ReadOnlySpan<char> text)
    {
        var result = new List<TextRange>(Math.Max(4, text.Length / 40));
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                Add(result, text, start, i);
                start = ++i;
                continue;
            }

            if (IsTerminal(c))
            {
                i++;
                while (i < text.Length && (IsTerminal(text[i]) || IsCloser(text[i])))
                {
                    i++;
                }

                Add(result, text, start, i);
                start = i;
                continue;
            }

            i++;
        }

        Add(result, text, start, text.Length);
        return result;
    }

    public static bool IsTerminal(char c) => c is '。' or '!' or '?' or '！' or '？' or '…' or '\uFF61';

    public static bool IsBoundary(char c) => IsTerminal(c) || c is '\n' or '\r' or '\u2028' or '\u2029';

    private static bool IsCloser(char c) => c is '”' or '’' or '"' or '\'' or '」' or '』' or '）' or ')' or '】' or '》' or '〉' or ']';

    private static void Add(List<TextRange> result, ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextRange(start, end));
        }
    }
}
