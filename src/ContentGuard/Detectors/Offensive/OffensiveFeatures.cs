using System.Buffers;
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
    /// <summary>The model's noise characters: the default normalizer's, fixed, whatever noise set the engine was built with.</summary>
    private static readonly SearchValues<char> ModelNoise = SearchValues.Create(Normalizer.DefaultNoise);

    /// <summary>
    /// Input for the normalized span <c>[start, end)</c> whose jieba words are <paramref name="tokens"/> (sorted by start).
    /// With <paramref name="stripNoise"/> (models trained so, <see cref="OffensiveModelInfo.StripNoise"/>) the normalizer's
    /// noise characters (<c>*</c>, <c>·</c>, <c>/</c>, emoji…) are left out of both columns, so <c>全*是*垃*圾</c> reads as
    /// <c>全是垃圾</c>: a span where noise splits CJK text is segmented again without it (by <paramref name="segmenter"/>);
    /// elsewhere the shared words are kept, less their noise characters.
    /// </summary>
    public static OffensiveInput FromSpan(NormalizedText text, int start, int end, IReadOnlyList<Token> tokens, bool stripNoise, Segmenter segmenter)
    {
        if (!stripNoise)
        {
            return FromSpanKeepingNoise(text.Text, start, end, tokens);
        }

        var content = new StringBuilder(end - start);
        var splitsCjk = false;
        var previous = '\0';
        var noiseSincePrevious = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsModelNoise(text.Text, i))
            {
                noiseSincePrevious = content.Length > 0;
                continue;
            }

            if (noiseSincePrevious && (CharData.IsHan(c) || CharData.IsHan(previous)) && char.IsLetterOrDigit(c) && char.IsLetterOrDigit(previous))
            {
                splitsCjk = true;
            }

            content.Append(c);
            previous = c;
            noiseSincePrevious = false;
        }

        var stripped = content.ToString();
        var words = new StringBuilder(stripped.Length + 16);
        if (splitsCjk)
        {
            foreach (var t in segmenter.Tokenize(stripped))
            {
                AppendWord(words, t.Word);
            }
        }
        else
        {
            var first = FirstTokenAtOrAfter(tokens, start);
            for (var i = first; i < tokens.Count && tokens[i].End <= end; i++)
            {
                AppendContent(words, text, tokens[i]);
            }
        }

        return new OffensiveInput { Text = stripped, Words = words.ToString() };
    }

    /// <summary>
    /// Input for a whole raw text (a data row): normalized, segmented, then <see cref="FromSpan"/> over all of it, so
    /// training rows are featurized exactly as the detector featurizes a span.
    /// </summary>
    public static OffensiveInput FromRaw(string raw, Normalizer normalizer, Segmenter segmenter, bool stripNoise)
    {
        var text = normalizer.Normalize(raw);
        if (!stripNoise)
        {
            // The featurization of the models trained before noise stripping, kept exactly for them.
            var words = new StringBuilder(text.Length + 16);
            foreach (var w in segmenter.Cut(text.Text))
            {
                AppendWord(words, w);
            }

            return new OffensiveInput { Text = StripWhiteSpace(text.Text), Words = words.ToString() };
        }

        return FromSpan(text, 0, text.Length, segmenter.Tokenize(text.Text), stripNoise: true, segmenter);
    }

    /// <summary>The number of letters, digits and CJK characters (BMP) in the span (punctuation, symbols and the model's noise do not count).</summary>
    public static int ContentLength(NormalizedText text, int start, int end)
    {
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (!IsModelNoise(text.Text, i) && char.IsLetterOrDigit(text[i]))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// True when the char at <paramref name="i"/> is noise to the model: white space, one of
    /// <see cref="Normalizer.DefaultNoise"/>, or half of a surrogate-pair symbol (emoji). This is what the training
    /// command's normalizer marks; the engine's own noise setting (<c>UseNoiseCharacters</c>) does not change what the
    /// model reads.
    /// </summary>
    internal static bool IsModelNoise(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && Normalizer.IsSymbol(text, i);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]) && Normalizer.IsSymbol(text, i - 1);
        }

        return char.IsWhiteSpace(c) || ModelNoise.Contains(c);
    }

    private static OffensiveInput FromSpanKeepingNoise(string normalized, int start, int end, IReadOnlyList<Token> tokens)
    {
        var words = new StringBuilder(end - start + 16);
        var first = FirstTokenAtOrAfter(tokens, start);
        for (var i = first; i < tokens.Count && tokens[i].End <= end; i++)
        {
            AppendWord(words, tokens[i].Word);
        }

        return new OffensiveInput { Text = StripWhiteSpace(normalized.AsSpan(start, end - start)), Words = words.ToString() };
    }

    /// <summary>Appends the token's characters that are neither noise nor white space, as one word (nothing when none is left).</summary>
    private static void AppendContent(StringBuilder words, NormalizedText text, Token token)
    {
        var mark = words.Length;
        if (mark > 0)
        {
            words.Append(' ');
        }

        var before = words.Length;
        for (var i = token.Start; i < token.End; i++)
        {
            if (!IsModelNoise(text.Text, i))
            {
                words.Append(text[i]);
            }
        }

        if (words.Length == before)
        {
            words.Length = mark;
        }
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
