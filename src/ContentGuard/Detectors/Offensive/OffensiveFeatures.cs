using System.Text;
using ContentGuard.Detection;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;

namespace ContentGuard.Detectors.Offensive;

/// <summary>
/// Turns text into the model's input columns, the same way for training, evaluation and checking: normalized text
/// (full-width folded, lower case, traditional → simplified) and its jieba words.
/// </summary>
internal static class OffensiveFeatures
{
    /// <summary>Input for the normalized span <c>[start, end)</c> whose jieba words are <paramref name="tokens"/> (sorted by start).</summary>
    public static OffensiveInput FromSpan(string normalized, int start, int end, IReadOnlyList<Token> tokens)
    {
        var words = new StringBuilder(end - start + 16);
        var first = FirstTokenAtOrAfter(tokens, start);
        for (var i = first; i < tokens.Count && tokens[i].End <= end; i++)
        {
            AppendWord(words, tokens[i].Word);
        }

        return new OffensiveInput { Text = StripWhiteSpace(normalized.AsSpan(start, end - start)), Words = words.ToString() };
    }

    /// <summary>Input for a whole raw text (a data row): normalized, then segmented.</summary>
    public static OffensiveInput FromRaw(string raw, Normalizer normalizer, Segmenter segmenter)
    {
        var text = normalizer.Normalize(raw).Text;
        var words = new StringBuilder(text.Length + 16);
        foreach (var w in segmenter.Cut(text))
        {
            AppendWord(words, w);
        }

        return new OffensiveInput { Text = StripWhiteSpace(text), Words = words.ToString() };
    }

    /// <summary>The number of letters, digits and CJK characters in the span (punctuation, symbols and noise do not count).</summary>
    public static int ContentLength(NormalizedText text, int start, int end)
    {
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (!text.IsNoise(i) && char.IsLetterOrDigit(text[i]))
            {
                n++;
            }
        }

        return n;
    }

    private static void AppendWord(StringBuilder words, string word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return;
        }

        if (words.Length > 0)
        {
            words.Append(' ');
        }

        foreach (var c in word)
        {
            if (!char.IsWhiteSpace(c))
            {
                words.Append(c);
            }
        }
    }

    private static string StripWhiteSpace(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int FirstTokenAtOrAfter(IReadOnlyList<Token> tokens, int start)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
