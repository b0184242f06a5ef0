using ContentGuard.Normalization;

namespace ContentGuard.Lexicon;

/// <summary>
/// How the automaton reads a raw UTF-16 char: the normalizer's folding (full-width, case, traditional → simplified) is
/// baked into one 64 K table, so the automaton runs on raw or normalized text alike with exact offsets.
/// </summary>
internal sealed class CharClasses
{
    /// <summary>Extra characters the matcher skips between the characters of a term, beyond the normalizer's noise (the enumeration comma: 冰、毒).</summary>
    public const string DefaultExtraNoise = "、";

    private readonly Normalizer _normalizer;
    private readonly ulong[] _extra = new ulong[(char.MaxValue + 1) / 64];

    public CharClasses(Normalizer normalizer, string extraNoise = DefaultExtraNoise)
    {
        _normalizer = normalizer;
        foreach (var c in extraNoise)
        {
            var f = normalizer.Fold(c);
            f = f == '\0' ? c : f;
            _extra[f >> 6] |= 1UL << (f & 63);
        }
    }

    /// <summary>The char as matchers compare it, or '\0' for a zero-width char that is ignored.</summary>
    public char Fold(char c) => _normalizer.Fold(c);

    /// <summary>True for a (folded) char that the evasion-aware matcher skips between the characters of a term.</summary>
    public bool IsNoise(char folded) => _normalizer.IsNoiseChar(folded) || (_extra[folded >> 6] & (1UL << (folded & 63))) != 0;

    /// <summary>A sentence end: no match spans it.</summary>
    public static bool IsSentenceEnd(char folded) => folded is '。' or '!' or '?' or '！' or '？' or '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>An ASCII letter or digit after folding (Latin terms match whole words only).</summary>
    public static bool IsLatinAlnum(char folded) => folded is (>= 'a' and <= 'z') or (>= '0' and <= '9') or (>= 'A' and <= 'Z');

    /// <summary>Folds a trimmed term char by char as text is folded, keeping noise; only zero-width chars are dropped.</summary>
    public string FoldExact(string term)
    {
        var trimmed = term.Trim();
        Span<char> buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        var n = 0;
        foreach (var c in trimmed)
        {
            if (Fold(c) is var f and not '\0')
            {
                buffer[n++] = f;
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>Folds a term into the key the automaton stores: zero-width, noise and sentence-end chars are dropped.</summary>
    public string ToKey(string term)
    {
        Span<char> buffer = term.Length <= 256 ? stackalloc char[term.Length] : new char[term.Length];
        var n = 0;
        foreach (var c in term)
        {
            var f = Fold(c);
            if (f == '\0' || IsNoise(f) || IsSentenceEnd(f) || char.IsWhiteSpace(f) || char.IsSurrogate(f))
            {
                continue;
            }

            buffer[n++] = f;
        }

        return new string(buffer[..n]);
    }
}
